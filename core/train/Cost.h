#pragma once
// What training a graph will cost, estimated before anything is allocated: parameters, memory
// (weights, their gradients and the optimizer's moments, and the activations of one batch) and
// arithmetic per epoch. Front ends use it to warn before a run that is far beyond the machine
// (e.g. 65,536 units x 8 experts), and to show the figures with the warning.
//
// The parameter count is exact (the same layers Model::compile builds, counted from the
// validated graph's shapes without allocating them). Memory and FLOPs are estimates:
//   memory      = parameters x sizeof(Real) x (1 weights + 1 gradients + optimizer moments:
//                 Adam 2, SGD 1, Adagrad 1) + activations for the batch: per output of every
//                 linear map (hidden layers too) 3 floats (pre-activation, output, gradient),
//                 per value on an output port of a block without parameters 2 (value, gradient);
//   FLOPs/epoch = train rows x 3 x forward FLOPs per example (a matrix-vector product of m x n
//                 is 2mn; a one-hot input costs only its non-zeros: numeric columns + fields)
//                 + batches per epoch x 10 x parameters (the optimizer's update).
#include <string>
#include <vector>

#include "data/DataSpec.h"
#include "graph/Graph.h"
#include "train/Trainer.h"

namespace mtl {

// What is known of the data before it is loaded.
struct DataShape {
    bool columnsKnown = false;  // numeric / cardinalities hold the data's columns; otherwise the
                                //   graph's input blocks are taken as they are
    int numeric = 0;
    std::vector<int> cardinalities;
    long long trainRows = 0;  // 0: unknown
};
// Synthetic data: columns and rows; census-income: its training rows (the columns are known
// once loaded); CSV: nothing.
DataShape expectedShape(const DataSpec& spec);

struct CostEstimate {
    bool valid = false;  // the graph validated (else nothing below is filled)
    long long parameters = 0;
    int inputWidth = 0;  // of the (first) input block: numeric + sum of cardinalities
    double weightBytes = 0;
    double optimizerBytes = 0;   // gradients and the optimizer's moments
    double activationBytes = 0;  // for one batch
    double flopsPerExample = 0;  // training: forward and backward
    long long trainRows = 0;     // 0: unknown (then flopsPerEpoch is 0)
    double batchesPerEpoch = 0;
    double flopsPerEpoch = 0;
    double totalBytes() const { return weightBytes + optimizerBytes + activationBytes; }
};
CostEstimate estimateCost(const Graph& graph, const DataShape& data, const TrainConfig& config);

// What the machine is taken to manage. Defaults: half the physical memory, a sustained
// 5 GFLOP/s (the trainer uses one thread) and an hour of training.
struct MachineLimits {
    double memoryBytes = 0;  // 0: unknown (memory is not judged)
    double flopsPerSecond = 5e9;
    double maxSeconds = 3600;
};
MachineLimits defaultMachineLimits();  // memoryBytes = half of this machine's physical memory
double physicalMemoryBytes();          // 0 if unknown
// This process's resident memory now and at its peak (Linux: /proc/self/status VmRSS, VmHWM);
// 0 if unknown.
double residentBytes();
double peakResidentBytes();
// The anonymous part of the resident memory (RssAnon: heap, stacks, anonymous mappings), without
// the pages of mapped files: library code first run late in a run (a later epoch's path) adds to
// VmRSS but is no growth of the process's data; 0 if unknown.
double anonymousResidentBytes();

struct CostVerdict {
    bool tooMuchMemory = false;
    bool tooSlow = false;
    double seconds = 0;  // estimated training time for all epochs (0: rows unknown)
    bool ok() const { return !tooMuchMemory && !tooSlow; }
};
CostVerdict assessCost(const CostEstimate& cost, int epochs, const MachineLimits& limits);

}  // namespace mtl
