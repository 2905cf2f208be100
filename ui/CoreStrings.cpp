// The core has no Qt, so lupdate cannot see its user-visible strings. This table marks each of them
// for translation in the context "core" (the one coreText() looks up), so that lupdate extracts
// them into translations/*.ts, and coreStrings() lets tests check that a translation covers them.
//
// Kept by hand; tests/tst_ui_corestrings walks mtl::Registry::instance() and mtl::templateList()
// (categories, port kinds, per node type its display name, description, parameter labels, help,
// choices and port help; the templates' names and descriptions) and fails, naming the text, when
// one of them is missing here.
#include <QtGlobal>

#include "CoreText.h"

namespace {

const char* const kCoreStrings[] = {
    // Palette categories
    QT_TRANSLATE_NOOP("core", "Inputs"),
    QT_TRANSLATE_NOOP("core", "Layers"),
    QT_TRANSLATE_NOOP("core", "Experts"),
    QT_TRANSLATE_NOOP("core", "Gates"),
    QT_TRANSLATE_NOOP("core", "Sharing"),
    QT_TRANSLATE_NOOP("core", "Tasks"),
    // A per-task port's help (PortSpec::task): "task 2's input"
    QT_TRANSLATE_NOOP("core", "task %1's %2"),
    // Port kinds
    QT_TRANSLATE_NOOP("core", "features"),
    QT_TRANSLATE_NOOP("core", "experts"),
    QT_TRANSLATE_NOOP("core", "gate"),
    // input.features
    QT_TRANSLATE_NOOP("core", "Features"),
    QT_TRANSLATE_NOOP("core",
                      "The data set's input features: numeric columns plus categorical fields, "
                      "one-hot (sparse) or embedded."),
    QT_TRANSLATE_NOOP("core", "Numeric columns"),
    QT_TRANSLATE_NOOP("core", "Number of numeric feature columns (set from the data)."),
    QT_TRANSLATE_NOOP("core", "Categories"),
    QT_TRANSLATE_NOOP("core", "Cardinality of each categorical field (set from the data)."),
    QT_TRANSLATE_NOOP("core", "Encoding"),
    QT_TRANSLATE_NOOP("core",
                      "How categorical fields enter the network: sparse one-hot or learned "
                      "embeddings."),
    QT_TRANSLATE_NOOP("core", "onehot"),
    QT_TRANSLATE_NOOP("core", "embedding"),
    QT_TRANSLATE_NOOP("core", "Embedding size"),
    QT_TRANSLATE_NOOP("core", "Width of each field's embedding (embedding encoding)."),
    QT_TRANSLATE_NOOP("core", "feature vector"),
    // layer.dense
    QT_TRANSLATE_NOOP("core", "Dense (MLP)"),
    QT_TRANSLATE_NOOP("core",
                      "Fully connected layers: a shared bottom, a tower, or a task's own network."),
    QT_TRANSLATE_NOOP("core", "Units"),
    QT_TRANSLATE_NOOP("core", "Width of each layer, e.g. 64,32."),
    QT_TRANSLATE_NOOP("core", "Activation"),
    QT_TRANSLATE_NOOP("core", "Activation of the hidden layers."),
    QT_TRANSLATE_NOOP("core", "relu"),
    QT_TRANSLATE_NOOP("core", "tanh"),
    QT_TRANSLATE_NOOP("core", "sigmoid"),
    QT_TRANSLATE_NOOP("core", "identity"),
    QT_TRANSLATE_NOOP("core", "Output activation"),
    QT_TRANSLATE_NOOP("core",
                      "Activation of the last layer (identity for a tower that ends in a logit)."),
    QT_TRANSLATE_NOOP("core", "Dropout"),
    QT_TRANSLATE_NOOP("core", "Probability of dropping a hidden unit while training."),
    QT_TRANSLATE_NOOP("core", "input features"),
    // experts.group
    QT_TRANSLATE_NOOP("core", "Expert group"),
    QT_TRANSLATE_NOOP("core",
                      "n expert networks reading the same input, computed as one fused matrix "
                      "product."),
    QT_TRANSLATE_NOOP("core", "Number of experts in the group."),
    QT_TRANSLATE_NOOP("core", "Width of each expert's layers, e.g. 16."),
    QT_TRANSLATE_NOOP("core", "Activation of every expert layer."),
    QT_TRANSLATE_NOOP("core", "Probability of dropping an expert unit while training."),
    // op.concat
    QT_TRANSLATE_NOOP("core", "Concatenate"),
    QT_TRANSLATE_NOOP("core", "Joins its inputs into one wider vector."),
    QT_TRANSLATE_NOOP("core", "Number of inputs."),
    QT_TRANSLATE_NOOP("core", "input"),
    // op.add
    QT_TRANSLATE_NOOP("core", "Add"),
    QT_TRANSLATE_NOOP("core", "Element-wise sum of inputs of equal width."),
    // op.multiply
    QT_TRANSLATE_NOOP("core", "Multiply"),
    QT_TRANSLATE_NOOP("core",
                      "Element-wise product of inputs of equal width (ESMM: pCTCVR = pCTR x "
                      "pCVR)."),
    // gate.softmax
    QT_TRANSLATE_NOOP("core", "Softmax gate"),
    QT_TRANSLATE_NOOP("core",
                      "Weights the experts by softmax(W x): one per task in MMoE, one shared in "
                      "OMoE."),
    QT_TRANSLATE_NOOP("core", "Number of experts this gate weighs."),
    QT_TRANSLATE_NOOP("core", "what the gate looks at"),
    QT_TRANSLATE_NOOP("core", "one weight per expert, summing to 1"),
    // mixture
    QT_TRANSLATE_NOOP("core", "Mixture"),
    QT_TRANSLATE_NOOP("core", "Sums the experts weighted by a gate's weights."),
    QT_TRANSLATE_NOOP("core", "Expert inputs"),
    QT_TRANSLATE_NOOP("core", "Number of expert groups mixed (their experts are taken in order)."),
    QT_TRANSLATE_NOOP("core", "experts to mix"),
    QT_TRANSLATE_NOOP("core", "mixing weights"),
    QT_TRANSLATE_NOOP("core", "mixed expert output"),
    // gate.topk
    QT_TRANSLATE_NOOP("core", "Top-k gate"),
    QT_TRANSLATE_NOOP("core",
                      "Sparse gate (Shazeer et al. 2017): softmax over the k largest of W x (+ "
                      "trained Gaussian noise while training); the other experts get weight 0."),
    QT_TRANSLATE_NOOP("core", "k"),
    QT_TRANSLATE_NOOP("core",
                      "Number of experts kept per example (at most the number of experts)."),
    QT_TRANSLATE_NOOP("core", "Noisy"),
    QT_TRANSLATE_NOOP("core",
                      "Add trained, input-dependent Gaussian noise to the logits while training."),
    QT_TRANSLATE_NOOP("core", "Noise floor"),
    QT_TRANSLATE_NOOP("core",
                      "Added to the noise standard deviation softplus(W_noise x) so it never "
                      "vanishes."),
    QT_TRANSLATE_NOOP("core", "Importance loss"),
    QT_TRANSLATE_NOOP("core",
                      "Weight of the load-balancing loss CV(sum of gate weights over the batch)^2 "
                      "(0: off)."),
    QT_TRANSLATE_NOOP("core", "k non-zero weights per example, summing to 1"),
    // gate.dselect
    QT_TRANSLATE_NOOP("core", "DSelect-k gate"),
    QT_TRANSLATE_NOOP("core",
                      "Differentiable sparse gate (Hazimeh et al. 2021): k binary-encoded "
                      "selectors with a smooth-step converge to at most k experts; static or per "
                      "example."),
    QT_TRANSLATE_NOOP("core", "Number of single-expert selectors (at most k experts get weight)."),
    QT_TRANSLATE_NOOP("core", "Gamma"),
    QT_TRANSLATE_NOOP("core",
                      "Width of the smooth-step's transition: logits beyond +-gamma/2 select "
                      "exactly."),
    QT_TRANSLATE_NOOP("core", "Per example"),
    QT_TRANSLATE_NOOP("core",
                      "Selectors computed from the input (x port); off: one learned selection for "
                      "all examples."),
    QT_TRANSLATE_NOOP("core", "Entropy weight"),
    QT_TRANSLATE_NOOP("core",
                      "Weight of the entropy regulariser that pushes each selector to a single "
                      "expert."),
    QT_TRANSLATE_NOOP("core", "Init range"),
    QT_TRANSLATE_NOOP("core",
                      "Selector logits start uniform in +-z_init * gamma / 2 (the paper: 1)."),
    // ple.cgc
    QT_TRANSLATE_NOOP("core", "CGC / PLE level"),
    QT_TRANSLATE_NOOP("core",
                      "Customized Gate Control: per-task and shared experts, one gate per task "
                      "over its own and the shared experts. Stack levels (shared output on) for "
                      "Progressive Layered Extraction."),
    QT_TRANSLATE_NOOP("core", "Number of tasks (one input and one output each)."),
    QT_TRANSLATE_NOOP("core", "Experts per task"),
    QT_TRANSLATE_NOOP("core", "Task-specific experts of each task."),
    QT_TRANSLATE_NOOP("core", "Shared experts"),
    QT_TRANSLATE_NOOP("core", "Experts shared by all tasks."),
    QT_TRANSLATE_NOOP("core", "Shared output"),
    QT_TRANSLATE_NOOP("core",
                      "Also output a shared representation (a gate over all experts) for the next "
                      "PLE level; on for every level but the last."),
    QT_TRANSLATE_NOOP("core", "input"),
    QT_TRANSLATE_NOOP("core", "input of the shared experts"),
    QT_TRANSLATE_NOOP("core", "mixed experts"),
    // sharing.cross_stitch
    QT_TRANSLATE_NOOP("core", "Cross-stitch unit"),
    QT_TRANSLATE_NOOP("core",
                      "Mixes the tasks' hidden layers with a learned matrix: out_i = sum_j a_ij "
                      "in_j."),
    QT_TRANSLATE_NOOP("core", "Number of task networks stitched together."),
    QT_TRANSLATE_NOOP("core", "Self weight"),
    QT_TRANSLATE_NOOP("core",
                      "Initial a_ii; the rest of each row is split evenly so that rows sum to 1."),
    QT_TRANSLATE_NOOP("core", "Learning-rate scale"),
    QT_TRANSLATE_NOOP("core", "Multiplier of the learning rate for the stitch weights."),
    QT_TRANSLATE_NOOP("core", "activations"),
    QT_TRANSLATE_NOOP("core", "stitched activations"),
    // sharing.l2
    QT_TRANSLATE_NOOP("core", "L2 soft sharing"),
    QT_TRANSLATE_NOOP("core",
                      "Pulls the parameters of two identically shaped layers together: adds alpha "
                      "* ||P_a - P_b||^2 to the loss."),
    QT_TRANSLATE_NOOP("core", "Strength"),
    QT_TRANSLATE_NOOP("core", "Weight of the squared distance between the two layers' parameters."),
    QT_TRANSLATE_NOOP("core", "output of the first tied layer"),
    QT_TRANSLATE_NOOP("core", "output of the second tied layer (same shapes)"),
    // task.binary
    QT_TRANSLATE_NOOP("core", "Binary task"),
    QT_TRANSLATE_NOOP("core",
                      "A yes/no task: sigmoid of a logit, trained with binary cross-entropy; "
                      "reports AUC."),
    QT_TRANSLATE_NOOP("core", "Task name"),
    QT_TRANSLATE_NOOP("core", "The label column this head predicts (must match the data)."),
    QT_TRANSLATE_NOOP("core", "Loss weight"),
    QT_TRANSLATE_NOOP("core",
                      "Weight of this task's loss in the total (0: no direct loss, e.g. ESMM's "
                      "CVR)."),
    QT_TRANSLATE_NOOP("core", "Input is a probability"),
    QT_TRANSLATE_NOOP("core",
                      "The input is already a probability (e.g. pCTR x pCVR), not a logit."),
    QT_TRANSLATE_NOOP("core", "logit (width 1)"),
    QT_TRANSLATE_NOOP("core", "probability"),
    // task.regression
    QT_TRANSLATE_NOOP("core", "Regression task"),
    QT_TRANSLATE_NOOP("core", "A numeric task trained with mean squared error."),
    QT_TRANSLATE_NOOP("core", "prediction (width 1)"),
    QT_TRANSLATE_NOOP("core", "prediction"),
    // Templates
    QT_TRANSLATE_NOOP("core", "Single-task"),
    QT_TRANSLATE_NOOP("core", "One independent network per task: the baseline without sharing."),
    QT_TRANSLATE_NOOP("core", "Shared-Bottom"),
    QT_TRANSLATE_NOOP("core", "One shared bottom network feeding a tower per task (hard sharing)."),
    QT_TRANSLATE_NOOP("core", "OMoE"),
    QT_TRANSLATE_NOOP("core", "One-gate mixture of experts: all tasks share one gated mixture."),
    QT_TRANSLATE_NOOP("core", "MMoE"),
    QT_TRANSLATE_NOOP("core",
                      "Multi-gate mixture of experts (Ma et al. 2018): one gate per task over "
                      "shared experts."),
    QT_TRANSLATE_NOOP("core", "CGC"),
    QT_TRANSLATE_NOOP("core",
                      "Customized Gate Control (Tang et al. 2020): task-specific plus shared "
                      "experts."),
    QT_TRANSLATE_NOOP("core", "PLE"),
    QT_TRANSLATE_NOOP("core",
                      "Progressive Layered Extraction: stacked CGC levels with a shared gate "
                      "between levels."),
    QT_TRANSLATE_NOOP("core", "ESMM"),
    QT_TRANSLATE_NOOP("core",
                      "Entire Space Multi-task Model: pCTCVR = pCTR x pCVR, trained over all "
                      "examples."),
    QT_TRANSLATE_NOOP("core", "Cross-Stitch"),
    QT_TRANSLATE_NOOP("core",
                      "Per-task networks linked by cross-stitch units that learn how much to "
                      "share."),
    QT_TRANSLATE_NOOP("core", "L2-constrained"),
    QT_TRANSLATE_NOOP("core",
                      "Per-task networks whose weights are pulled together by an L2 penalty (soft "
                      "sharing)."),
    QT_TRANSLATE_NOOP("core", "MMoE + DSelect-k"),
    QT_TRANSLATE_NOOP("core",
                      "MMoE whose gates are DSelect-k: each task selects k experts smoothly."),
    QT_TRANSLATE_NOOP("core", "MMoE + Top-k"),
    QT_TRANSLATE_NOOP("core", "MMoE with noisy Top-k gates: each example uses only k experts."),
    // Validation details (mtl::Text; %1.. are filled in after translation).
    QT_TRANSLATE_NOOP("core", "another node has the same name"),
    QT_TRANSLATE_NOOP("core", "unknown block type"),
    QT_TRANSLATE_NOOP("core", "parameter '%1' is missing or of the wrong kind"),
    QT_TRANSLATE_NOOP("core", "parameter '%1' = %2 is outside %3"),
    QT_TRANSLATE_NOOP("core", "parameter '%1' needs at least one value"),
    QT_TRANSLATE_NOOP("core", "parameter '%1' value %2 is outside %3"),
    QT_TRANSLATE_NOOP("core", "parameter '%1' = '%2' is not one of the allowed values"),
    QT_TRANSLATE_NOOP("core", "has no parameter '%1'"),
    QT_TRANSLATE_NOOP("core", "no such output port (edge to '%1')"),
    QT_TRANSLATE_NOOP("core", "no such input port (edge from '%1')"),
    QT_TRANSLATE_NOOP("core", "expects %1 but '%2' gives %3"),
    QT_TRANSLATE_NOOP("core", "an input port takes one edge only"),
    QT_TRANSLATE_NOOP("core", "is part of a cycle (a block cannot feed itself)"),
    QT_TRANSLATE_NOOP("core", "required input is not connected"),
    QT_TRANSLATE_NOOP("core", "the task needs a name"),
    QT_TRANSLATE_NOOP("core", "task name '%1' is already used by node '%2'"),
    QT_TRANSLATE_NOOP("core", "the graph has no task head: add a Binary or Regression task block"),
    QT_TRANSLATE_NOOP("core", "the graph has no input block"),
    QT_TRANSLATE_NOOP("core", "its output is not used"),
    QT_TRANSLATE_NOOP("core", "needs at least one task"),
    QT_TRANSLATE_NOOP(
        "core", "each task's gate needs at least one expert: set 'specific' or 'shared' above 0"),
    QT_TRANSLATE_NOOP("core", "parameter 'units' needs at least one value"),
    QT_TRANSLATE_NOOP("core", "k = %1 must be between 1 and the number of experts (%2)"),
    QT_TRANSLATE_NOOP("core", "gamma must be positive (it is the smooth-step's width)"),
    QT_TRANSLATE_NOOP("core", "width %1 differs from in0's width %2"),
    QT_TRANSLATE_NOOP("core", "experts of width %1 cannot be mixed with experts of width %2"),
    QT_TRANSLATE_NOOP("core", "the gate weighs %1 experts but %2 experts are connected"),
    QT_TRANSLATE_NOOP("core",
                      "the input has no features: choose the data in the Data dock (its widths "
                      "are filled in from it)"),
    QT_TRANSLATE_NOOP(
        "core",
        "width %1 differs from in0's width %2 (a cross-stitch unit mixes layers of equal width)"),
    QT_TRANSLATE_NOOP("core",
                      "width %1 differs from a's width %2 (tied layers must have the same shapes)"),
    QT_TRANSLATE_NOOP(
        "core",
        "a task head takes width 1 but gets width %1 (end the tower with a layer of 1 unit)"),
    // Validation warnings about wiring that is valid but almost surely a mistake (Graph.cpp)
    QT_TRANSLATE_NOOP("core",
                      "its input comes through a ReLU in '%1' and can never be negative: set the "
                      "output activation of '%1' to identity"),
    QT_TRANSLATE_NOOP("core",
                      "takes the prediction of task '%1' as input; a prediction feeding a gate, "
                      "experts or another task's tower is almost surely a mistake (to combine "
                      "predictions as ESMM does, multiply them with a Multiply block)"),
    // Notes of the defaults fitted when blocks are wired by hand (Defaults.cpp)
    QT_TRANSLATE_NOOP("core",
                      "%1 now ends in a layer of 1 unit without activation, as the task head '%2' "
                      "needs"),
    QT_TRANSLATE_NOOP("core", "%1 now weighs %2 experts, as many as it mixes"),
};

}  // namespace

namespace mtl::ui {

QStringList coreStrings() {
    QStringList list;
    for (const char* s : kCoreStrings) list << QString::fromUtf8(s);
    return list;
}

}  // namespace mtl::ui
