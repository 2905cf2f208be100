#pragma once
// Task conflict summarised over a run's measured steps: one definition for the trainer (its
// TrainResult) and for live views (the dashboard tallies the measurements of the batch snapshots
// it receives).
//
// Contract. A measurement is one step's pairwise cosines of the task gradients on the shared
// parameters (BatchSnapshot::cosine) and, for the gradient methods, whether and by how much the
// combination changed EW's gradient. Per measurement, the mean over the pairs whose cosine is
// defined (not NaN) counts once; the step is "in conflict" when some pair's cosine is below 0.
// A measurement without a defined cosine (one task, a zero gradient) counts in `measured` only.
#include <cmath>
#include <vector>

namespace mtl {

struct BatchSnapshot;

struct ConflictTally {
    long long measured = 0;  // measurements added
    long long withCosine = 0, inConflict = 0, changed = 0;
    double cosineSum = 0, changeSum = 0;
    long long lastStep = -1;  // addSnapshot: the last measurement's step

    void add(const std::vector<double>& cosines, bool gradientChanged, double gradientChange);
    // Adds the snapshot's measurement when it is a new one (BatchSnapshot::conflictStep differs
    // from the last one added); true when it did.
    bool addSnapshot(const BatchSnapshot& s);

    double meanCosine() const { return withCosine ? cosineSum / withCosine : std::nan(""); }
    double conflictShare() const {
        return withCosine ? static_cast<double>(inConflict) / withCosine : std::nan("");
    }
    double changedShare() const {
        return measured ? static_cast<double>(changed) / measured : std::nan("");
    }
    double meanChange() const { return measured ? changeSum / measured : std::nan(""); }
};

}  // namespace mtl
