<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>core</name>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>features</source>
        <translation>features</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>experts</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>gate</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>The data set&apos;s input features: numeric columns plus categorical fields, one-hot (sparse) or embedded.</source>
        <translation>The data set&apos;s input features: numeric columns plus categorical fields, one-hot (sparse) or embedded.</translation>
    </message>
    <message>
        <source>Numeric columns</source>
        <translation>Numeric columns</translation>
    </message>
    <message>
        <source>Number of numeric feature columns (set from the data).</source>
        <translation>Number of numeric feature columns (set from the data).</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Cardinality of each categorical field (set from the data).</source>
        <translation>Cardinality of each categorical field (set from the data).</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>How categorical fields enter the network: sparse one-hot or learned embeddings.</source>
        <translation>How categorical fields enter the network: sparse one-hot or learned embeddings.</translation>
    </message>
    <message>
        <source>onehot</source>
        <translation>onehot</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>embedding</translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation>Embedding size</translation>
    </message>
    <message>
        <source>Width of each field&apos;s embedding (embedding encoding).</source>
        <translation>Width of each field&apos;s embedding (embedding encoding).</translation>
    </message>
    <message>
        <source>feature vector</source>
        <translation>feature vector</translation>
    </message>
    <message>
        <source>Dense (MLP)</source>
        <translation>Dense (MLP)</translation>
    </message>
    <message>
        <source>Fully connected layers: a shared bottom, a tower, or a task&apos;s own network.</source>
        <translation>Fully connected layers: a shared bottom, a tower, or a task&apos;s own network.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Width of each layer, e.g. 64,32.</source>
        <translation>Width of each layer, e.g. 64,32.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Activation of the hidden layers.</source>
        <translation>Activation of the hidden layers.</translation>
    </message>
    <message>
        <source>relu</source>
        <translation>relu</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identity</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>Output activation</translation>
    </message>
    <message>
        <source>Activation of the last layer (identity for a tower that ends in a logit).</source>
        <translation>Activation of the last layer (identity for a tower that ends in a logit).</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Probability of dropping a hidden unit while training.</source>
        <translation>Probability of dropping a hidden unit while training.</translation>
    </message>
    <message>
        <source>input features</source>
        <translation>input features</translation>
    </message>
    <message>
        <source>Expert group</source>
        <translation>Expert group</translation>
    </message>
    <message>
        <source>n expert networks reading the same input, computed as one fused matrix product.</source>
        <translation>n expert networks reading the same input, computed as one fused matrix product.</translation>
    </message>
    <message>
        <source>Number of experts in the group.</source>
        <translation>Number of experts in the group.</translation>
    </message>
    <message>
        <source>Width of each expert&apos;s layers, e.g. 16.</source>
        <translation>Width of each expert&apos;s layers, e.g. 16.</translation>
    </message>
    <message>
        <source>Activation of every expert layer.</source>
        <translation>Activation of every expert layer.</translation>
    </message>
    <message>
        <source>Probability of dropping an expert unit while training.</source>
        <translation>Probability of dropping an expert unit while training.</translation>
    </message>
    <message>
        <source>Concatenate</source>
        <translation>Concatenate</translation>
    </message>
    <message>
        <source>Joins its inputs into one wider vector.</source>
        <translation>Joins its inputs into one wider vector.</translation>
    </message>
    <message>
        <source>Number of inputs.</source>
        <translation>Number of inputs.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Element-wise sum of inputs of equal width.</source>
        <translation>Element-wise sum of inputs of equal width.</translation>
    </message>
    <message>
        <source>Multiply</source>
        <translation>Multiply</translation>
    </message>
    <message>
        <source>Element-wise product of inputs of equal width (ESMM: pCTCVR = pCTR x pCVR).</source>
        <translation>Element-wise product of inputs of equal width (ESMM: pCTCVR = pCTR x pCVR).</translation>
    </message>
    <message>
        <source>Softmax gate</source>
        <translation>Softmax gate</translation>
    </message>
    <message>
        <source>Weights the experts by softmax(W x): one per task in MMoE, one shared in OMoE.</source>
        <translation>Weights the experts by softmax(W x): one per task in MMoE, one shared in OMoE.</translation>
    </message>
    <message>
        <source>Number of experts this gate weighs.</source>
        <translation>Number of experts this gate weighs.</translation>
    </message>
    <message>
        <source>what the gate looks at</source>
        <translation>what the gate looks at</translation>
    </message>
    <message>
        <source>one weight per expert, summing to 1</source>
        <translation>one weight per expert, summing to 1</translation>
    </message>
    <message>
        <source>Mixture</source>
        <translation>Mixture</translation>
    </message>
    <message>
        <source>Sums the experts weighted by a gate&apos;s weights.</source>
        <translation>Sums the experts weighted by a gate&apos;s weights.</translation>
    </message>
    <message>
        <source>Expert inputs</source>
        <translation>Expert inputs</translation>
    </message>
    <message>
        <source>Number of expert groups mixed (their experts are taken in order).</source>
        <translation>Number of expert groups mixed (their experts are taken in order).</translation>
    </message>
    <message>
        <source>experts to mix</source>
        <translation>experts to mix</translation>
    </message>
    <message>
        <source>mixing weights</source>
        <translation>mixing weights</translation>
    </message>
    <message>
        <source>mixed expert output</source>
        <translation>mixed expert output</translation>
    </message>
    <message>
        <source>Top-k gate</source>
        <translation>Top-k gate</translation>
    </message>
    <message>
        <source>Sparse gate (Shazeer et al. 2017): softmax over the k largest of W x (+ trained Gaussian noise while training); the other experts get weight 0.</source>
        <translation>Sparse gate (Shazeer et al. 2017): softmax over the k largest of W x (+ trained Gaussian noise while training); the other experts get weight 0.</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Number of experts kept per example (at most the number of experts).</source>
        <translation>Number of experts kept per example (at most the number of experts).</translation>
    </message>
    <message>
        <source>Noisy</source>
        <translation>Noisy</translation>
    </message>
    <message>
        <source>Add trained, input-dependent Gaussian noise to the logits while training.</source>
        <translation>Add trained, input-dependent Gaussian noise to the logits while training.</translation>
    </message>
    <message>
        <source>Noise floor</source>
        <translation>Noise floor</translation>
    </message>
    <message>
        <source>Added to the noise standard deviation softplus(W_noise x) so it never vanishes.</source>
        <translation>Added to the noise standard deviation softplus(W_noise x) so it never vanishes.</translation>
    </message>
    <message>
        <source>Importance loss</source>
        <translation>Importance loss</translation>
    </message>
    <message>
        <source>Weight of the load-balancing loss CV(sum of gate weights over the batch)^2 (0: off).</source>
        <translation>Weight of the load-balancing loss CV(sum of gate weights over the batch)^2 (0: off).</translation>
    </message>
    <message>
        <source>k non-zero weights per example, summing to 1</source>
        <translation>k non-zero weights per example, summing to 1</translation>
    </message>
    <message>
        <source>DSelect-k gate</source>
        <translation>DSelect-k gate</translation>
    </message>
    <message>
        <source>Differentiable sparse gate (Hazimeh et al. 2021): k binary-encoded selectors with a smooth-step converge to at most k experts; static or per example.</source>
        <translation>Differentiable sparse gate (Hazimeh et al. 2021): k binary-encoded selectors with a smooth-step converge to at most k experts; static or per example.</translation>
    </message>
    <message>
        <source>Number of single-expert selectors (at most k experts get weight).</source>
        <translation>Number of single-expert selectors (at most k experts get weight).</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Width of the smooth-step&apos;s transition: logits beyond +-gamma/2 select exactly.</source>
        <translation>Width of the smooth-step&apos;s transition: logits beyond +-gamma/2 select exactly.</translation>
    </message>
    <message>
        <source>Per example</source>
        <translation>Per example</translation>
    </message>
    <message>
        <source>Selectors computed from the input (x port); off: one learned selection for all examples.</source>
        <translation>Selectors computed from the input (x port); off: one learned selection for all examples.</translation>
    </message>
    <message>
        <source>Entropy weight</source>
        <translation>Entropy weight</translation>
    </message>
    <message>
        <source>Weight of the entropy regulariser that pushes each selector to a single expert.</source>
        <translation>Weight of the entropy regulariser that pushes each selector to a single expert.</translation>
    </message>
    <message>
        <source>Init range</source>
        <translation>Init range</translation>
    </message>
    <message>
        <source>Selector logits start uniform in +-z_init * gamma / 2 (the paper: 1).</source>
        <translation>Selector logits start uniform in +-z_init * gamma / 2 (the paper: 1).</translation>
    </message>
    <message>
        <source>CGC / PLE level</source>
        <translation>CGC / PLE level</translation>
    </message>
    <message>
        <source>Customized Gate Control: per-task and shared experts, one gate per task over its own and the shared experts. Stack levels (shared output on) for Progressive Layered Extraction.</source>
        <translation>Customized Gate Control: per-task and shared experts, one gate per task over its own and the shared experts. Stack levels (shared output on) for Progressive Layered Extraction.</translation>
    </message>
    <message>
        <source>Number of tasks (one input and one output each).</source>
        <translation>Number of tasks (one input and one output each).</translation>
    </message>
    <message>
        <source>Experts per task</source>
        <translation>Experts per task</translation>
    </message>
    <message>
        <source>Task-specific experts of each task.</source>
        <translation>Task-specific experts of each task.</translation>
    </message>
    <message>
        <source>Shared experts</source>
        <translation>Shared experts</translation>
    </message>
    <message>
        <source>Experts shared by all tasks.</source>
        <translation>Experts shared by all tasks.</translation>
    </message>
    <message>
        <source>Shared output</source>
        <translation>Shared output</translation>
    </message>
    <message>
        <source>Also output a shared representation (a gate over all experts) for the next PLE level; on for every level but the last.</source>
        <translation>Also output a shared representation (a gate over all experts) for the next PLE level; on for every level but the last.</translation>
    </message>
    <message>
        <source>task 0&apos;s input</source>
        <translation>task 0&apos;s input</translation>
    </message>
    <message>
        <source>task 1&apos;s input</source>
        <translation>task 1&apos;s input</translation>
    </message>
    <message>
        <source>input of the shared experts</source>
        <translation>input of the shared experts</translation>
    </message>
    <message>
        <source>task 0&apos;s mixed experts</source>
        <translation>task 0&apos;s mixed experts</translation>
    </message>
    <message>
        <source>task 1&apos;s mixed experts</source>
        <translation>task 1&apos;s mixed experts</translation>
    </message>
    <message>
        <source>Cross-stitch unit</source>
        <translation>Cross-stitch unit</translation>
    </message>
    <message>
        <source>Mixes the tasks&apos; hidden layers with a learned matrix: out_i = sum_j a_ij in_j.</source>
        <translation>Mixes the tasks&apos; hidden layers with a learned matrix: out_i = sum_j a_ij in_j.</translation>
    </message>
    <message>
        <source>Number of task networks stitched together.</source>
        <translation>Number of task networks stitched together.</translation>
    </message>
    <message>
        <source>Self weight</source>
        <translation>Self weight</translation>
    </message>
    <message>
        <source>Initial a_ii; the rest of each row is split evenly so that rows sum to 1.</source>
        <translation>Initial a_ii; the rest of each row is split evenly so that rows sum to 1.</translation>
    </message>
    <message>
        <source>Learning-rate scale</source>
        <translation>Learning-rate scale</translation>
    </message>
    <message>
        <source>Multiplier of the learning rate for the stitch weights.</source>
        <translation>Multiplier of the learning rate for the stitch weights.</translation>
    </message>
    <message>
        <source>task 0&apos;s activations</source>
        <translation>task 0&apos;s activations</translation>
    </message>
    <message>
        <source>task 1&apos;s activations</source>
        <translation>task 1&apos;s activations</translation>
    </message>
    <message>
        <source>task 0&apos;s stitched activations</source>
        <translation>task 0&apos;s stitched activations</translation>
    </message>
    <message>
        <source>task 1&apos;s stitched activations</source>
        <translation>task 1&apos;s stitched activations</translation>
    </message>
    <message>
        <source>L2 soft sharing</source>
        <translation>L2 soft sharing</translation>
    </message>
    <message>
        <source>Pulls the parameters of two identically shaped layers together: adds alpha * ||P_a - P_b||^2 to the loss.</source>
        <translation>Pulls the parameters of two identically shaped layers together: adds alpha * ||P_a - P_b||^2 to the loss.</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Weight of the squared distance between the two layers&apos; parameters.</source>
        <translation>Weight of the squared distance between the two layers&apos; parameters.</translation>
    </message>
    <message>
        <source>output of the first tied layer</source>
        <translation>output of the first tied layer</translation>
    </message>
    <message>
        <source>output of the second tied layer (same shapes)</source>
        <translation>output of the second tied layer (same shapes)</translation>
    </message>
    <message>
        <source>Binary task</source>
        <translation>Binary task</translation>
    </message>
    <message>
        <source>A yes/no task: sigmoid of a logit, trained with binary cross-entropy; reports AUC.</source>
        <translation>A yes/no task: sigmoid of a logit, trained with binary cross-entropy; reports AUC.</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>Task name</translation>
    </message>
    <message>
        <source>The label column this head predicts (must match the data).</source>
        <translation>The label column this head predicts (must match the data).</translation>
    </message>
    <message>
        <source>Loss weight</source>
        <translation>Loss weight</translation>
    </message>
    <message>
        <source>Weight of this task&apos;s loss in the total (0: no direct loss, e.g. ESMM&apos;s CVR).</source>
        <translation>Weight of this task&apos;s loss in the total (0: no direct loss, e.g. ESMM&apos;s CVR).</translation>
    </message>
    <message>
        <source>Input is a probability</source>
        <translation>Input is a probability</translation>
    </message>
    <message>
        <source>The input is already a probability (e.g. pCTR x pCVR), not a logit.</source>
        <translation>The input is already a probability (e.g. pCTR x pCVR), not a logit.</translation>
    </message>
    <message>
        <source>logit (width 1)</source>
        <translation>logit (width 1)</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probability</translation>
    </message>
    <message>
        <source>Regression task</source>
        <translation>Regression task</translation>
    </message>
    <message>
        <source>A numeric task trained with mean squared error.</source>
        <translation>A numeric task trained with mean squared error.</translation>
    </message>
    <message>
        <source>prediction (width 1)</source>
        <translation>prediction (width 1)</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>prediction</translation>
    </message>
    <message>
        <source>Single-task</source>
        <translation>Single-task</translation>
    </message>
    <message>
        <source>One independent network per task: the baseline without sharing.</source>
        <translation>One independent network per task: the baseline without sharing.</translation>
    </message>
    <message>
        <source>Shared-Bottom</source>
        <translation>Shared-Bottom</translation>
    </message>
    <message>
        <source>One shared bottom network feeding a tower per task (hard sharing).</source>
        <translation>One shared bottom network feeding a tower per task (hard sharing).</translation>
    </message>
    <message>
        <source>OMoE</source>
        <translation>OMoE</translation>
    </message>
    <message>
        <source>One-gate mixture of experts: all tasks share one gated mixture.</source>
        <translation>One-gate mixture of experts: all tasks share one gated mixture.</translation>
    </message>
    <message>
        <source>MMoE</source>
        <translation>MMoE</translation>
    </message>
    <message>
        <source>Multi-gate mixture of experts (Ma et al. 2018): one gate per task over shared experts.</source>
        <translation>Multi-gate mixture of experts (Ma et al. 2018): one gate per task over shared experts.</translation>
    </message>
    <message>
        <source>CGC</source>
        <translation>CGC</translation>
    </message>
    <message>
        <source>Customized Gate Control (Tang et al. 2020): task-specific plus shared experts.</source>
        <translation>Customized Gate Control (Tang et al. 2020): task-specific plus shared experts.</translation>
    </message>
    <message>
        <source>PLE</source>
        <translation>PLE</translation>
    </message>
    <message>
        <source>Progressive Layered Extraction: stacked CGC levels with a shared gate between levels.</source>
        <translation>Progressive Layered Extraction: stacked CGC levels with a shared gate between levels.</translation>
    </message>
    <message>
        <source>ESMM</source>
        <translation>ESMM</translation>
    </message>
    <message>
        <source>Entire Space Multi-task Model: pCTCVR = pCTR x pCVR, trained over all examples.</source>
        <translation>Entire Space Multi-task Model: pCTCVR = pCTR x pCVR, trained over all examples.</translation>
    </message>
    <message>
        <source>Cross-Stitch</source>
        <translation>Cross-Stitch</translation>
    </message>
    <message>
        <source>Per-task networks linked by cross-stitch units that learn how much to share.</source>
        <translation>Per-task networks linked by cross-stitch units that learn how much to share.</translation>
    </message>
    <message>
        <source>L2-constrained</source>
        <translation>L2-constrained</translation>
    </message>
    <message>
        <source>Per-task networks whose weights are pulled together by an L2 penalty (soft sharing).</source>
        <translation>Per-task networks whose weights are pulled together by an L2 penalty (soft sharing).</translation>
    </message>
    <message>
        <source>MMoE + DSelect-k</source>
        <translation>MMoE + DSelect-k</translation>
    </message>
    <message>
        <source>MMoE whose gates are DSelect-k: each task selects k experts smoothly.</source>
        <translation>MMoE whose gates are DSelect-k: each task selects k experts smoothly.</translation>
    </message>
    <message>
        <source>MMoE + Top-k</source>
        <translation>MMoE + Top-k</translation>
    </message>
    <message>
        <source>MMoE with noisy Top-k gates: each example uses only k experts.</source>
        <translation>MMoE with noisy Top-k gates: each example uses only k experts.</translation>
    </message>
    <message>
        <source>another node has the same name</source>
        <translation>another node has the same name</translation>
    </message>
    <message>
        <source>unknown block type</source>
        <translation>unknown block type</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is missing or of the wrong kind</source>
        <translation>parameter &apos;%1&apos; is missing or of the wrong kind</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; = %2 is outside %3</source>
        <translation>parameter &apos;%1&apos; = %2 is outside %3</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; needs at least one value</source>
        <translation>parameter &apos;%1&apos; needs at least one value</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; value %2 is outside %3</source>
        <translation>parameter &apos;%1&apos; value %2 is outside %3</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; = &apos;%2&apos; is not one of the allowed values</source>
        <translation>parameter &apos;%1&apos; = &apos;%2&apos; is not one of the allowed values</translation>
    </message>
    <message>
        <source>has no parameter &apos;%1&apos;</source>
        <translation>has no parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no such output port (edge to &apos;%1&apos;)</source>
        <translation>no such output port (edge to &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>no such input port (edge from &apos;%1&apos;)</source>
        <translation>no such input port (edge from &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>expects %1 but &apos;%2&apos; gives %3</source>
        <translation>expects %1 but &apos;%2&apos; gives %3</translation>
    </message>
    <message>
        <source>an input port takes one edge only</source>
        <translation>an input port takes one edge only</translation>
    </message>
    <message>
        <source>is part of a cycle (a block cannot feed itself)</source>
        <translation>is part of a cycle (a block cannot feed itself)</translation>
    </message>
    <message>
        <source>required input is not connected</source>
        <translation>required input is not connected</translation>
    </message>
    <message>
        <source>the task needs a name</source>
        <translation>the task needs a name</translation>
    </message>
    <message>
        <source>task name &apos;%1&apos; is already used by node &apos;%2&apos;</source>
        <translation>task name &apos;%1&apos; is already used by node &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the graph has no task head: add a Binary or Regression task block</source>
        <translation>the graph has no task head: add a Binary or Regression task block</translation>
    </message>
    <message>
        <source>the graph has no input block</source>
        <translation>the graph has no input block</translation>
    </message>
    <message>
        <source>its output is not used</source>
        <translation>its output is not used</translation>
    </message>
    <message>
        <source>needs at least one task</source>
        <translation>needs at least one task</translation>
    </message>
    <message>
        <source>each task&apos;s gate needs at least one expert: set &apos;specific&apos; or &apos;shared&apos; above 0</source>
        <translation>each task&apos;s gate needs at least one expert: set &apos;specific&apos; or &apos;shared&apos; above 0</translation>
    </message>
    <message>
        <source>parameter &apos;units&apos; needs at least one value</source>
        <translation>parameter &apos;units&apos; needs at least one value</translation>
    </message>
    <message>
        <source>k = %1 must be between 1 and the number of experts (%2)</source>
        <translation>k = %1 must be between 1 and the number of experts (%2)</translation>
    </message>
    <message>
        <source>gamma must be positive (it is the smooth-step&apos;s width)</source>
        <translation>gamma must be positive (it is the smooth-step&apos;s width)</translation>
    </message>
    <message>
        <source>width %1 differs from in0&apos;s width %2</source>
        <translation>width %1 differs from in0&apos;s width %2</translation>
    </message>
    <message>
        <source>experts of width %1 cannot be mixed with experts of width %2</source>
        <translation>experts of width %1 cannot be mixed with experts of width %2</translation>
    </message>
    <message>
        <source>the gate weighs %1 experts but %2 experts are connected</source>
        <translation>the gate weighs %1 experts but %2 experts are connected</translation>
    </message>
    <message>
        <source>width %1 differs from in0&apos;s width %2 (a cross-stitch unit mixes layers of equal width)</source>
        <translation>width %1 differs from in0&apos;s width %2 (a cross-stitch unit mixes layers of equal width)</translation>
    </message>
    <message>
        <source>width %1 differs from a&apos;s width %2 (tied layers must have the same shapes)</source>
        <translation>width %1 differs from a&apos;s width %2 (tied layers must have the same shapes)</translation>
    </message>
    <message>
        <source>a task head takes width 1 but gets width %1 (end the tower with a layer of 1 unit)</source>
        <translation>a task head takes width 1 but gets width %1 (end the tower with a layer of 1 unit)</translation>
    </message>
    <message>
        <source>the input has no features: choose the data in the Data dock (its widths are filled in from it)</source>
        <translation>the input has no features: choose the data in the Data dock (its widths are filled in from it)</translation>
    </message>
    <message>
        <source>its input comes through a ReLU in &apos;%1&apos; and can never be negative: set the output activation of &apos;%1&apos; to identity</source>
        <translation>its input comes through a ReLU in &apos;%1&apos; and can never be negative: set the output activation of &apos;%1&apos; to identity</translation>
    </message>
    <message>
        <source>takes the prediction of task &apos;%1&apos; as input; a prediction feeding a gate, experts or another task&apos;s tower is almost surely a mistake (to combine predictions as ESMM does, multiply them with a Multiply block)</source>
        <translation>takes the prediction of task &apos;%1&apos; as input; a prediction feeding a gate, experts or another task&apos;s tower is almost surely a mistake (to combine predictions as ESMM does, multiply them with a Multiply block)</translation>
    </message>
    <message>
        <source>%1 now ends in a layer of 1 unit without activation, as the task head &apos;%2&apos; needs</source>
        <translation>%1 now ends in a layer of 1 unit without activation, as the task head &apos;%2&apos; needs</translation>
    </message>
    <message>
        <source>%1 now weighs %2 experts, as many as it mixes</source>
        <translation>%1 now weighs %2 experts, as many as it mixes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, train and inspect multi-task models.</source>
        <translation>Design, train and inspect multi-task models.</translation>
    </message>
    <message>
        <source>Project file to open.</source>
        <translation>Project file to open.</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to &lt;png&gt; and quit.</source>
        <translation>Save a screenshot of the main window to &lt;png&gt; and quit.</translation>
    </message>
    <message>
        <source>Start from template &lt;key&gt; (see the Templates menu).</source>
        <translation>Start from template &lt;key&gt; (see the Templates menu).</translation>
    </message>
    <message>
        <source>Window size WxH (with --grab).</source>
        <translation>Window size WxH (with --grab).</translation>
    </message>
    <message>
        <source>Select the block called &lt;name&gt; (with --grab).</source>
        <translation>Select the block called &lt;name&gt; (with --grab).</translation>
    </message>
    <message>
        <source>Train &lt;data&gt; (synthetic or census) from the window with the dashboard open, print the training time and the longest UI stall as JSON, and quit.</source>
        <translation>Train &lt;data&gt; (synthetic or census) from the window with the dashboard open, print the training time and the longest UI stall as JSON, and quit.</translation>
    </message>
    <message>
        <source>Epochs for --bench-gui.</source>
        <translation>Epochs for --bench-gui.</translation>
    </message>
    <message>
        <source>Bring the dock &lt;name&gt; to the front (e.g. gatesDock; with --grab).</source>
        <translation>Bring the dock &lt;name&gt; to the front (e.g. gatesDock; with --grab).</translation>
    </message>
</context>
<context>
    <name>mtl::ui</name>
    <message>
        <source>Enter a value from %1 to %2; the value stays %3.</source>
        <translation>Enter a value from %1 to %2; the value stays %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number. Enter a value from %2 to %3; the value stays %4.</source>
        <translation>&apos;%1&apos; is not a number. Enter a value from %2 to %3; the value stays %4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number. Enter one from %2 to %3; the value stays %4.</source>
        <translation>&apos;%1&apos; is not a whole number. Enter one from %2 to %3; the value stays %4.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range, %2 to %3: the value stays %4.</source>
        <translation>%1 is outside the allowed range, %2 to %3: the value stays %4.</translation>
    </message>
    <message>
        <source>%1 has more than %n decimal place(s): the value stays %2.</source>
        <translation>%1 has more than %n decimal place(s): the value stays %2.</translation>
    </message>
</context>
<context>
    <name>mtl::ui::Appearance</name>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>mtl::ui::CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>File: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>File: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Pipe ( | )</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>The character that separates the fields of a record</source>
        <translation>The character that separates the fields of a record</translation>
    </message>
    <message>
        <source>Without a header the columns are called column1, column2, …</source>
        <translation>Without a header the columns are called column1, column2, …</translation>
    </message>
    <message>
        <source>Share of the rows (drawn at random) used for validation</source>
        <translation>Share of the rows (drawn at random) used for validation</translation>
    </message>
    <message>
        <source>Share of the rows (drawn at random) held out for the final test</source>
        <translation>Share of the rows (drawn at random) held out for the final test</translation>
    </message>
    <message>
        <source>Seed of the random split into training, validation and test rows</source>
        <translation>Seed of the random split into training, validation and test rows</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimiter:</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>Validation:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <source>Split seed:</source>
        <translation>Split seed:</translation>
    </message>
    <message>
        <source>The first rows of the file; choose a role for each column in the first row</source>
        <translation>The first rows of the file; choose a role for each column in the first row</translation>
    </message>
    <message>
        <source>Each label column is one task (binary: 0/1, true/false, yes/no; regression: numbers); rename the task in the second row. Numeric columns are standardised, categorical ones one-hot encoded.</source>
        <translation>Each label column is one task (binary: 0/1, true/false, yes/no; regression: numbers); rename the task in the second row. Numeric columns are standardised, categorical ones one-hot encoded.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Load the whole file with these roles</source>
        <translation>Load the whole file with these roles</translation>
    </message>
    <message>
        <source>The file holds no data rows.</source>
        <translation>The file holds no data rows.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n row(s).</source>
        <translation>
            <numerusform>Preview of the first %n row.</numerusform>
            <numerusform>Preview of the first %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>What each column is used for</source>
        <translation>What each column is used for</translation>
    </message>
    <message>
        <source>The task a label column defines</source>
        <translation>The task a label column defines</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Line %1 of the file</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Column %1: %2</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numeric</translation>
    </message>
    <message>
        <source>A number per row (empty: missing), standardised</source>
        <translation>A number per row (empty: missing), standardised</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Categorical</translation>
    </message>
    <message>
        <source>Text values, one-hot encoded (values first seen outside training share one code)</source>
        <translation>Text values, one-hot encoded (values first seen outside training share one code)</translation>
    </message>
    <message>
        <source>Binary label</source>
        <translation>Binary label</translation>
    </message>
    <message>
        <source>The label of a binary task: 0/1, true/false or yes/no (empty: no label)</source>
        <translation>The label of a binary task: 0/1, true/false or yes/no (empty: no label)</translation>
    </message>
    <message>
        <source>Regression label</source>
        <translation>Regression label</translation>
    </message>
    <message>
        <source>The label of a regression task: a number (empty: no label)</source>
        <translation>The label of a regression task: a number (empty: no label)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Not used</translation>
    </message>
    <message>
        <source>Role of column &apos;%1&apos;</source>
        <translation>Role of column &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Name of the task labelled by column &apos;%1&apos;</source>
        <translation>Name of the task labelled by column &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>Choose a label role for at least one column: each label column defines a task.</source>
        <translation>Choose a label role for at least one column: each label column defines a task.</translation>
    </message>
    <message>
        <source>Validation and test together must leave rows for training.</source>
        <translation>Validation and test together must leave rows for training.</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 / %3 rows (train / validation / test), %n task(s)</source>
        <translation>
            <numerusform>%1 / %2 / %3 rows (train / validation / test), %n task</numerusform>
            <numerusform>%1 / %2 / %3 rows (train / validation / test), %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines at the top of the file that are neither column names nor data (e.g. a line giving the number of rows)</source>
        <translation>Lines at the top of the file that are neither column names nor data (e.g. a line giving the number of rows)</translation>
    </message>
    <message>
        <source>Column names on line</source>
        <translation>Column names on line</translation>
    </message>
    <message>
        <source>The line of the file that holds the column names</source>
        <translation>The line of the file that holds the column names</translation>
    </message>
    <message>
        <source>Skip lines at the top:</source>
        <translation>Skip lines at the top:</translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation>&amp;Stop loading</translation>
    </message>
    <message>
        <source>Stop reading the file; the dialog stays open</source>
        <translation>Stop reading the file; the dialog stays open</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields above rows of %3, so it is not the column names: it is skipped.</source>
        <translation>Line %1 has %2 fields above rows of %3, so it is not the column names: it is skipped.</translation>
    </message>
    <message>
        <source>Line %1 holds only numbers above a line of names: it is skipped.</source>
        <translation>Line %1 holds only numbers above a line of names: it is skipped.</translation>
    </message>
    <message>
        <source>Line %1 starts with numbers and has names above columns of numbers (such as a row count and class names), so it is not the column names: it is skipped.</source>
        <translation>Line %1 starts with numbers and has names above columns of numbers (such as a row count and class names), so it is not the column names: it is skipped.</translation>
    </message>
    <message>
        <source>Column names on line %1.</source>
        <translation>Column names on line %1.</translation>
    </message>
    <message>
        <source>No line of column names.</source>
        <translation>No line of column names.</translation>
    </message>
    <message>
        <source>Change it above if this is wrong.</source>
        <translation>Change it above if this is wrong.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Skipped: %1.</translation>
    </message>
    <message>
        <source>Roles guessed from all %1 rows.</source>
        <translation>Roles guessed from all %1 rows.</translation>
    </message>
    <message>
        <source>Roles guessed from the first %1 rows.</source>
        <translation>Roles guessed from the first %1 rows.</translation>
    </message>
    <message numerus="yes">
        <source>Lines without %2 fields: %n of the %1 read (the first: line %3). Loading stops at such a line: check the delimiter and the lines to skip.</source>
        <translation>
            <numerusform>Lines without %2 fields: %n of the %1 read (the first: line %3). Loading stops at such a line: check the delimiter and the lines to skip.</numerusform>
            <numerusform>Lines without %2 fields: %n of the %1 read (the first: line %3). Loading stops at such a line: check the delimiter and the lines to skip.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 of the file: %2 fields, expected %3</source>
        <translation>Line %1 of the file: %2 fields, expected %3</translation>
    </message>
    <message numerus="yes">
        <source>One task per class (%n tasks)</source>
        <translation>
            <numerusform>One task per class (%n tasks)</numerusform>
            <numerusform>One task per class (%n tasks)</numerusform>
        </translation>
    </message>
    <message>
        <source>A binary task for each value (one-vs-rest): %1</source>
        <translation>A binary task for each value (one-vs-rest): %1</translation>
    </message>
    <message>
        <source>Binary: value = %1</source>
        <translation>Binary: value = %1</translation>
    </message>
    <message numerus="yes">
        <source>One binary task: 1 where the value is %1 (%n row(s) of the sample), else 0</source>
        <translation>
            <numerusform>One binary task: 1 where the value is %1 (%n row of the sample), else 0</numerusform>
            <numerusform>One binary task: 1 where the value is %1 (%n rows of the sample), else 0</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (tasks %1=…)</source>
        <translation>%1 (tasks %1=…)</translation>
    </message>
    <message>
        <source>Loading stopped. Nothing was imported; your choices are kept.</source>
        <translation>Loading stopped. Nothing was imported; your choices are kept.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>mtl::ui::DataPanel</name>
    <message>
        <source>Synthetic (MMoE paper)</source>
        <translation>Synthetic (MMoE paper)</translation>
    </message>
    <message>
        <source>Census-income (KDD)</source>
        <translation>Census-income (KDD)</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>Where the training data comes from</source>
        <translation>Where the training data comes from</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Task correlation p: the cosine of the two tasks&apos; weight vectors (-1 to 1)</source>
        <translation>Task correlation p: the cosine of the two tasks&apos; weight vectors (-1 to 1)</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to each label</source>
        <translation>Standard deviation of the Gaussian noise added to each label</translation>
    </message>
    <message>
        <source>Number of training rows (the validation and test rows come on top)</source>
        <translation>Number of training rows (the validation and test rows come on top)</translation>
    </message>
    <message>
        <source>Input dimension d: the number of Gaussian input features</source>
        <translation>Input dimension d: the number of Gaussian input features</translation>
    </message>
    <message>
        <source>Seed of the random draws: the same seed gives the same data</source>
        <translation>Seed of the random draws: the same seed gives the same data</translation>
    </message>
    <message>
        <source>Binary labels</source>
        <translation>Binary labels</translation>
    </message>
    <message>
        <source>Threshold each label at its training median: two binary classification tasks instead of regression</source>
        <translation>Threshold each label at its training median: two binary classification tasks instead of regression</translation>
    </message>
    <message>
        <source>Pearson correlation of the two tasks&apos; labels on the generated training rows. The sinusoids in the labels make it lower than p; it also depends on the seed.</source>
        <translation>Pearson correlation of the two tasks&apos; labels on the generated training rows. The sinusoids in the labels make it lower than p; it also depends on the seed.</translation>
    </message>
    <message>
        <source>Task correlation &amp;p:</source>
        <translation>Task correlation &amp;p:</translation>
    </message>
    <message>
        <source>Measured correlation:</source>
        <translation>Measured correlation:</translation>
    </message>
    <message>
        <source>&amp;Noise std:</source>
        <translation>&amp;Noise std:</translation>
    </message>
    <message>
        <source>&amp;Training rows:</source>
        <translation>&amp;Training rows:</translation>
    </message>
    <message>
        <source>Input &amp;dimension d:</source>
        <translation>Input &amp;dimension d:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>Two tasks as in Ma et al., KDD 2018 (Sec. 3.2): labels are linear in the inputs plus sinusoids, with weight vectors at cosine p.</source>
        <translation>Two tasks as in Ma et al., KDD 2018 (Sec. 3.2): labels are linear in the inputs plus sinusoids, with weight vectors at cosine p.</translation>
    </message>
    <message>
        <source>Folder with census-income.data.gz</source>
        <translation>Folder with census-income.data.gz</translation>
    </message>
    <message>
        <source>The folder holding census-income.data and census-income.test (plain or .gz)</source>
        <translation>The folder holding census-income.data and census-income.test (plain or .gz)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the folder with the census-income files</source>
        <translation>Choose the folder with the census-income files</translation>
    </message>
    <message>
        <source>1: income &gt; 50K, never married</source>
        <translation>1: income &gt; 50K, never married</translation>
    </message>
    <message>
        <source>2: college education, never married</source>
        <translation>2: college education, never married</translation>
    </message>
    <message>
        <source>The MMoE paper&apos;s task groups: group 1 has the weaker task correlation of the two</source>
        <translation>The MMoE paper&apos;s task groups: group 1 has the weaker task correlation of the two</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Use only the first training rows, for quick runs (all: 199,523)</source>
        <translation>Use only the first training rows, for quick runs (all: 199,523)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Task &amp;group:</source>
        <translation>Task &amp;group:</translation>
    </message>
    <message>
        <source>Max training &amp;rows:</source>
        <translation>Max training &amp;rows:</translation>
    </message>
    <message>
        <source>Training rows come from census-income.data; census-income.test is split 1:1 into validation and test rows. Education and marital status are not inputs.</source>
        <translation>Training rows come from census-income.data; census-income.test is split 1:1 into validation and test rows. Education and marital status are not inputs.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>The CSV file the run trains on</source>
        <translation>The CSV file the run trains on</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose a CSV file and set the role of each column</source>
        <translation>Choose a CSV file and set the role of each column</translation>
    </message>
    <message>
        <source>Edit &amp;columns…</source>
        <translation>Edit &amp;columns…</translation>
    </message>
    <message>
        <source>Change the delimiter, the split or the role of each column</source>
        <translation>Change the delimiter, the split or the role of each column</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Each label column is one task; numeric columns are standardised and categorical ones one-hot encoded with training statistics.</source>
        <translation>Each label column is one task; numeric columns are standardised and categorical ones one-hot encoded with training statistics.</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>not available: %1</translation>
    </message>
    <message>
        <source>undefined (a label is constant)</source>
        <translation>undefined (a label is constant)</translation>
    </message>
    <message>
        <source>%1 (first %2 rows)</source>
        <translation>%1 (first %2 rows)</translation>
    </message>
    <message>
        <source>Folder with the census-income files</source>
        <translation>Folder with the census-income files</translation>
    </message>
    <message>
        <source>Get census-income.data.gz and census-income.test.gz from the &lt;a href=&quot;https://archive.ics.uci.edu/dataset/117/census+income+kdd&quot;&gt;UCI Machine Learning Repository&lt;/a&gt; (Census-Income (KDD)) and choose their folder.</source>
        <translation>Get census-income.data.gz and census-income.test.gz from the &lt;a href=&quot;https://archive.ics.uci.edu/dataset/117/census+income+kdd&quot;&gt;UCI Machine Learning Repository&lt;/a&gt; (Census-Income (KDD)) and choose their folder.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>This folder does not exist.</translation>
    </message>
    <message>
        <source>No census-income.data(.gz) in this folder.</source>
        <translation>No census-income.data(.gz) in this folder.</translation>
    </message>
    <message>
        <source>Found %1, but not census-income.test(.gz), which gives the validation and test rows.</source>
        <translation>Found %1, but not census-income.test(.gz), which gives the validation and test rows.</translation>
    </message>
    <message>
        <source>✓ Found %1 and %2.</source>
        <translation>✓ Found %1 and %2.</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a file: a preview lets you set the role of each column.</source>
        <translation>Choose a file: a preview lets you set the role of each column.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>%1 (binary)</source>
        <translation>%1 (binary)</translation>
    </message>
    <message>
        <source>%1 (regression)</source>
        <translation>%1 (regression)</translation>
    </message>
    <message>
        <source>Column roles inferred when loading (the last column is the label).</source>
        <translation>Column roles inferred when loading (the last column is the label).</translation>
    </message>
    <message numerus="yes">
        <source>Inputs: %1 numeric, %2 categorical; %n ignored.</source>
        <translation>
            <numerusform>Inputs: %1 numeric, %2 categorical; %n ignored.</numerusform>
            <numerusform>Inputs: %1 numeric, %2 categorical; %n ignored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Tasks: %1</translation>
    </message>
    <message>
        <source>Split: %1 % training, %2 % validation, %3 % test.</source>
        <translation>Split: %1 % training, %2 % validation, %3 % test.</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Checked: %1</translation>
    </message>
    <message>
        <source>Synthetic data: p = %1 (measured %2), d = %3, %4 training rows, binary tasks</source>
        <translation>Synthetic data: p = %1 (measured %2), d = %3, %4 training rows, binary tasks</translation>
    </message>
    <message>
        <source>Synthetic data: p = %1 (measured %2), d = %3, %4 training rows, regression tasks</source>
        <translation>Synthetic data: p = %1 (measured %2), d = %3, %4 training rows, regression tasks</translation>
    </message>
    <message>
        <source>education and marital status</source>
        <translation>education and marital status</translation>
    </message>
    <message>
        <source>income and marital status</source>
        <translation>income and marital status</translation>
    </message>
    <message>
        <source>Census-income group %1 (%2), first %3 training rows</source>
        <translation>Census-income group %1 (%2), first %3 training rows</translation>
    </message>
    <message>
        <source>Census-income group %1 (%2)</source>
        <translation>Census-income group %1 (%2)</translation>
    </message>
    <message>
        <source>CSV file: none chosen</source>
        <translation>CSV file: none chosen</translation>
    </message>
    <message>
        <source>CSV file %1, roles inferred</source>
        <translation>CSV file %1, roles inferred</translation>
    </message>
    <message numerus="yes">
        <source>CSV file %1 with %n task(s)</source>
        <translation>
            <numerusform>CSV file %1 with %n task</numerusform>
            <numerusform>CSV file %1 with %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>The census-income files were not found: choose their folder.</source>
        <translation>The census-income files were not found: choose their folder.</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>Choose a CSV file.</translation>
    </message>
    <message>
        <source>The CSV file %1 does not exist.</source>
        <translation>The CSV file %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>mtl::ui::DataSchemaProbe</name>
    <message>
        <source>synthetic data (d = %1)</source>
        <translation>synthetic data (d = %1)</translation>
    </message>
    <message>
        <source>census-income group %1</source>
        <translation>census-income group %1</translation>
    </message>
</context>
<context>
    <name>mtl::ui::ExperimentModel</name>
    <message>
        <source>No finite values.</source>
        <translation>No finite values.</translation>
    </message>
    <message>
        <source>mean %1, standard deviation %2, 95% CI %3 to %4, range %5 to %6, n = %7</source>
        <translation>mean %1, standard deviation %2, 95% CI %3 to %4, range %5 to %6, n = %7</translation>
    </message>
    <message>
        <source>graph %1</source>
        <translation>graph %1</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 failed or diverged</source>
        <translation>
            <numerusform>%n run, %1 failed or diverged</numerusform>
            <numerusform>%n runs, %1 failed or diverged</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 failed)</translation>
    </message>
    <message>
        <source>The run with the best test score: %1</source>
        <translation>The run with the best test score: %1</translation>
    </message>
    <message>
        <source>Chosen by mean validation score among the settings of this architecture and data</source>
        <translation>Chosen by mean validation score among the settings of this architecture and data</translation>
    </message>
    <message>
        <source>The data setting of the group</source>
        <translation>The data setting of the group</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>The architecture</source>
        <translation>The architecture</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Optimizer, learning rate, batch size, epochs, loss weights</source>
        <translation>Optimizer, learning rate, batch size, epochs, loss weights</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Runs (seeds) in the group</source>
        <translation>Runs (seeds) in the group</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>Test %1 of task %2: mean ± 95% confidence interval (Student t)</source>
        <translation>Test %1 of task %2: mean ± 95% confidence interval (Student t)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mean over tasks of the test metric: mean ± 95% confidence interval</source>
        <translation>Mean over tasks of the test metric: mean ± 95% confidence interval</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Seed of the run with the best test score</source>
        <translation>Seed of the run with the best test score</translation>
    </message>
    <message>
        <source>Best seed</source>
        <translation>Best seed</translation>
    </message>
    <message>
        <source>Selected by validation (the setting whose test metrics are reported)</source>
        <translation>Selected by validation (the setting whose test metrics are reported)</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
</context>
<context>
    <name>mtl::ui::ExperimentsPanel</name>
    <message>
        <source>One row per group of runs (every setting but the seed); double-click a row to list its runs and open one</source>
        <translation>One row per group of runs (every setting but the seed); double-click a row to list its runs and open one</translation>
    </message>
    <message>
        <source>Paired differences between architectures over the seeds both ran (same data and split per seed): a confidence interval that excludes 0 is a difference that holds</source>
        <translation>Paired differences between architectures over the seeds both ran (same data and split per seed): a confidence interval that excludes 0 is a difference that holds</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>What the plot shows against the swept data parameter: a test metric, or how differently the tasks&apos; gates use the experts</source>
        <translation>What the plot shows against the swept data parameter: a test metric, or how differently the tasks&apos; gates use the experts</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>One line per architecture at its setting chosen by validation, with its 95% confidence interval shaded</source>
        <translation>One line per architecture at its setting chosen by validation, with its 95% confidence interval shaded</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Plot</translation>
    </message>
    <message>
        <source>Run opened: %1</source>
        <translation>Run opened: %1</translation>
    </message>
    <message>
        <source>The experiments of this project; the results show the one chosen here</source>
        <translation>The experiments of this project; the results show the one chosen here</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove the chosen experiment and its results from the project</source>
        <translation>Remove the chosen experiment and its results from the project</translation>
    </message>
    <message>
        <source>E&amp;xperiment:</source>
        <translation>E&amp;xperiment:</translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation>New experiment</translation>
    </message>
    <message>
        <source>Experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
    <message>
        <source>A name for the new experiment (empty: numbered)</source>
        <translation>A name for the new experiment (empty: numbered)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The architectures to compare: tick one or more templates, or the graph being edited</source>
        <translation>The architectures to compare: tick one or more templates, or the graph being edited</translation>
    </message>
    <message>
        <source>Current graph</source>
        <translation>Current graph</translation>
    </message>
    <message>
        <source>The graph in the editor, as it is when the experiment starts</source>
        <translation>The graph in the editor, as it is when the experiment starts</translation>
    </message>
    <message>
        <source>&amp;Architectures:</source>
        <translation>&amp;Architectures:</translation>
    </message>
    <message>
        <source>Synthetic (sweep task correlation p)</source>
        <translation>Synthetic (sweep task correlation p)</translation>
    </message>
    <message>
        <source>Census-income (groups)</source>
        <translation>Census-income (groups)</translation>
    </message>
    <message>
        <source>The data of every run: the MMoE paper&apos;s synthetic generator, whose task correlation is swept, or census-income</source>
        <translation>The data of every run: the MMoE paper&apos;s synthetic generator, whose task correlation is swept, or census-income</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Task correlations p to sweep, a comma-separated list of numbers from -1 to 1</source>
        <translation>Task correlations p to sweep, a comma-separated list of numbers from -1 to 1</translation>
    </message>
    <message>
        <source>Correlations &amp;p:</source>
        <translation>Correlations &amp;p:</translation>
    </message>
    <message>
        <source>Synthetic training rows per run (validation and test: 2,000 each)</source>
        <translation>Synthetic training rows per run (validation and test: 2,000 each)</translation>
    </message>
    <message>
        <source>Training &amp;rows:</source>
        <translation>Training &amp;rows:</translation>
    </message>
    <message>
        <source>Census-income task groups: 1 (income, marital status), 2 (education, marital status), or both: 1, 2</source>
        <translation>Census-income task groups: 1 (income, marital status), 2 (education, marital status), or both: 1, 2</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groups:</translation>
    </message>
    <message>
        <source>Learning rates, a comma-separated list (e.g. 1e-4, 1e-3, 1e-2); with several, each architecture&apos;s is chosen by validation</source>
        <translation>Learning rates, a comma-separated list (e.g. 1e-4, 1e-3, 1e-2); with several, each architecture&apos;s is chosen by validation</translation>
    </message>
    <message>
        <source>&amp;Learning rates:</source>
        <translation>&amp;Learning rates:</translation>
    </message>
    <message>
        <source>Runs per cell (seeds 1 to N): the confidence intervals need at least 2</source>
        <translation>Runs per cell (seeds 1 to N): the confidence intervals need at least 2</translation>
    </message>
    <message>
        <source>&amp;Seeds:</source>
        <translation>&amp;Seeds:</translation>
    </message>
    <message>
        <source>Epochs of every run (the best validation epoch&apos;s weights are kept)</source>
        <translation>Epochs of every run (the best validation epoch&apos;s weights are kept)</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochs:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Check the grid and run it as a new experiment, one run per core</source>
        <translation>Check the grid and run it as a new experiment, one run per core</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the experiment; the runs that finished are kept</source>
        <translation>Stop the experiment; the runs that finished are kept</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Run the cells of the chosen experiment that have not finished</source>
        <translation>Run the cells of the chosen experiment that have not finished</translation>
    </message>
    <message>
        <source>Runs finished of the runs this session set out to do</source>
        <translation>Runs finished of the runs this session set out to do</translation>
    </message>
    <message>
        <source>Progress and time left of the running experiment</source>
        <translation>Progress and time left of the running experiment</translation>
    </message>
    <message>
        <source>Why the grid was refused or the experiment failed</source>
        <translation>Why the grid was refused or the experiment failed</translation>
    </message>
    <message>
        <source>The grid is refused: there is no current graph.</source>
        <translation>The grid is refused: there is no current graph.</translation>
    </message>
    <message>
        <source>The grid is refused: %1</source>
        <translation>The grid is refused: %1</translation>
    </message>
    <message numerus="yes">
        <source>Starting %n run(s)…</source>
        <translation>
            <numerusform>Starting %n run…</numerusform>
            <numerusform>Starting %n runs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 runs done</source>
        <translation>Resuming: %1 of %2 runs done</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 of %2 runs, %3 elapsed, %4 left</source>
        <translation>%1 of %2 runs, %3 elapsed, %4 left</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n run(s).</source>
        <translation>
            <numerusform>Finished: %n run.</numerusform>
            <numerusform>Finished: %n runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 runs; Resume continues.</source>
        <translation>Cancelled after %1 of %2 runs; Resume continues.</translation>
    </message>
    <message>
        <source>The run could not be opened: %1</source>
        <translation>The run could not be opened: %1</translation>
    </message>
    <message>
        <source>The experiment failed: %1</source>
        <translation>The experiment failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 runs</source>
        <translation>%1 of %2 runs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Test AUC (mean over tasks)</source>
        <translation>Test AUC (mean over tasks)</translation>
    </message>
    <message>
        <source>Test loss (mean over tasks)</source>
        <translation>Test loss (mean over tasks)</translation>
    </message>
    <message>
        <source>Test %1 of %2</source>
        <translation>Test %1 of %2</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>Gate divergence (JS of mean gates)</source>
        <translation>Gate divergence (JS of mean gates)</translation>
    </message>
    <message>
        <source>Gate divergence (per-example JS)</source>
        <translation>Gate divergence (per-example JS)</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>No results yet</translation>
    </message>
    <message>
        <source>%1: no values (a model without gates has no gate divergence)</source>
        <translation>%1: no values (a model without gates has no gate divergence)</translation>
    </message>
    <message>
        <source>Task correlation p</source>
        <translation>Task correlation p</translation>
    </message>
    <message>
        <source>Data setting</source>
        <translation>Data setting</translation>
    </message>
    <message>
        <source>%1 95% CI</source>
        <translation>%1 95% CI</translation>
    </message>
    <message>
        <source>Runs of %1, %2</source>
        <translation>Runs of %1, %2</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Validation score</source>
        <translation>Validation score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The runs of this group, one per seed (test metrics)</source>
        <translation>The runs of this group, one per seed (test metrics)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>Open Run</translation>
    </message>
    <message>
        <source>Train the selected run again (the same result: its seed fixes it) with its curves, gates and weights, and add it to the Runs list</source>
        <translation>Train the selected run again (the same result: its seed fixes it) with its curves, gates and weights, and add it to the Runs list</translation>
    </message>
    <message>
        <source>An experiment is running: open the run when it has finished.</source>
        <translation>An experiment is running: open the run when it has finished.</translation>
    </message>
    <message>
        <source>%1: %2, %3, seed %4</source>
        <translation>%1: %2, %3, seed %4</translation>
    </message>
    <message>
        <source>Opening the run of seed %1…</source>
        <translation>Opening the run of seed %1…</translation>
    </message>
</context>
<context>
    <name>mtl::ui::GateHeatmap</name>
    <message>
        <source>%1 → %2
mean weight %3 ± %4 (std over the validation set)
epoch %5</source>
        <translation>%1 → %2
mean weight %3 ± %4 (std over the validation set)
epoch %5</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <source>mean ± std</source>
        <translation>mean ± std</translation>
    </message>
    <message>
        <source>Gate weights appear here after the first validation epoch.</source>
        <translation>Gate weights appear here after the first validation epoch.</translation>
    </message>
    <message>
        <source>This model has no gates.</source>
        <translation>This model has no gates.</translation>
    </message>
    <message>
        <source>Mean gate weight</source>
        <translation>Mean gate weight</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Scrub back through the epochs; at the right end the heatmap follows the latest epoch</source>
        <translation>Scrub back through the epochs; at the right end the heatmap follows the latest epoch</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Colour every heatmap on the same scale from 0 to 1, so that runs can be compared by eye (otherwise each run uses the range of its own weights)</source>
        <translation>Colour every heatmap on the same scale from 0 to 1, so that runs can be compared by eye (otherwise each run uses the range of its own weights)</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>Fixed scale 0 to 1</source>
        <translation>Fixed scale 0 to 1</translation>
    </message>
</context>
<context>
    <name>mtl::ui::GraphDocument</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>Delete %n block</numerusform>
            <numerusform>Delete %n blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>That block no longer exists.</source>
        <translation>That block no longer exists.</translation>
    </message>
    <message>
        <source>A block cannot feed itself.</source>
        <translation>A block cannot feed itself.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no output &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; has no output &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no input &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; has no input &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Cannot connect: %1.%2 gives %3 but %4.%5 takes %6.</source>
        <translation>Cannot connect: %1.%2 gives %3 but %4.%5 takes %6.</translation>
    </message>
    <message>
        <source>These ports are already connected.</source>
        <translation>These ports are already connected.</translation>
    </message>
    <message>
        <source>Cannot connect: %1 already depends on %2; this edge would make a cycle.</source>
        <translation>Cannot connect: %1 already depends on %2; this edge would make a cycle.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Connect %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>Delete %n connection</numerusform>
            <numerusform>Delete %n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: wrong kind of value.</source>
        <translation>%1: wrong kind of value.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 must be between %2 and %3.</translation>
    </message>
    <message>
        <source>%1 needs at least one value.</source>
        <translation>%1 needs at least one value.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of the allowed values.</source>
        <translation>%1: &apos;%2&apos; is not one of the allowed values.</translation>
    </message>
    <message>
        <source>Unknown parameter &apos;%1&apos;.</source>
        <translation>Unknown parameter &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Set %1 of %2</translation>
    </message>
    <message>
        <source>A block needs a name.</source>
        <translation>A block needs a name.</translation>
    </message>
    <message>
        <source>Another block is already called &apos;%1&apos;.</source>
        <translation>Another block is already called &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n block(s)</source>
        <translation>
            <numerusform>Move %n block</numerusform>
            <numerusform>Move %n blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Auto-layout</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>Paste %n block</numerusform>
            <numerusform>Paste %n blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>features</source>
        <translation>features</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>experts</translation>
    </message>
    <message>
        <source>gate weights</source>
        <translation>gate weights</translation>
    </message>
    <message>
        <source>%1 (sparse)</source>
        <translation>%1 (sparse)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>gate %1</source>
        <translation>gate %1</translation>
    </message>
    <message>
        <source>%1 takes no more %2.</source>
        <translation>%1 takes no more %2.</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %2 to %3 (and %n gate(s))</source>
        <translation>
            <numerusform>Set %1 of %2 to %3 (and %n gate)</numerusform>
            <numerusform>Set %1 of %2 to %3 (and %n gates)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 now has %n expert(s);</source>
        <translation>
            <numerusform>%1 now has %n expert;</numerusform>
            <numerusform>%1 now has %n experts;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n gate(s) of its mixtures follow: %1.</source>
        <translation>
            <numerusform>the gate of its mixtures follows: %1.</numerusform>
            <numerusform>the %n gates of its mixtures follow: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>k of %1 lowered to %2: it cannot exceed the number of experts.</source>
        <translation>k of %1 lowered to %2: it cannot exceed the number of experts.</translation>
    </message>
    <message>
        <source>Not changed: %1 (its mixtures need different numbers of experts; see Problems).</source>
        <translation>Not changed: %1 (its mixtures need different numbers of experts; see Problems).</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n block(s)</source>
        <translation>
            <numerusform>Duplicate %n block</numerusform>
            <numerusform>Duplicate %n blocks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtl::ui::GraphScene</name>
    <message>
        <source>shape unknown</source>
        <translation>shape unknown</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>The architecture cannot be changed while a training run uses it.</source>
        <translation>The architecture cannot be changed while a training run uses it.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Drop on an input port: both ports are outputs.</source>
        <translation>Drop on an input port: both ports are outputs.</translation>
    </message>
    <message>
        <source>Drop on an output port: both ports are inputs.</source>
        <translation>Drop on an output port: both ports are inputs.</translation>
    </message>
    <message>
        <source>Release to disconnect</source>
        <translation>Release to disconnect</translation>
    </message>
    <message>
        <source>Move connection</source>
        <translation>Move connection</translation>
    </message>
    <message>
        <source>port %1: %2</source>
        <translation>port %1: %2</translation>
    </message>
    <message>
        <source>Release to connect to a new input</source>
        <translation>Release to connect to a new input</translation>
    </message>
</context>
<context>
    <name>mtl::ui::GraphView</name>
    <message>
        <source>Drag blocks here from the palette (or press Shift+A), then drag from an output port to an input port to wire them.
Or start from a template: File &gt; New from Template.</source>
        <translation>Drag blocks here from the palette (or press Shift+A), then drag from an output port to an input port to wire them.
Or start from a template: File &gt; New from Template.</translation>
    </message>
</context>
<context>
    <name>mtl::ui::Inspector</name>
    <message>
        <source>Select a block to edit its parameters</source>
        <translation>Select a block to edit its parameters</translation>
    </message>
    <message>
        <source>The block&apos;s name, unique in the graph</source>
        <translation>The block&apos;s name, unique in the graph</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Unknown block type: this version of the application cannot use it.</source>
        <translation>Unknown block type: this version of the application cannot use it.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Enter whole numbers separated by commas, e.g. 64,32.</source>
        <translation>Enter whole numbers separated by commas, e.g. 64,32.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (port %2)</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>From %1 to %2.</translation>
    </message>
    <message>
        <source>This block holds %1, outside the allowed range %2 to %3: enter a value in the range.</source>
        <translation>This block holds %1, outside the allowed range %2 to %3: enter a value in the range.</translation>
    </message>
</context>
<context>
    <name>mtl::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph valid</source>
        <translation>Graph valid</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Open a project file</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Save the project</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Save the project under a new name</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit MTL Studio</source>
        <translation>Quit MTL Studio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Cut the selected blocks</source>
        <translation>Cut the selected blocks</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the selected blocks</source>
        <translation>Copy the selected blocks</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Paste blocks</source>
        <translation>Paste blocks</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Duplicate the selected blocks</source>
        <translation>Duplicate the selected blocks</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected blocks and connections</source>
        <translation>Delete the selected blocks and connections</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>Select every block</source>
        <translation>Select every block</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <source>Theme and language</source>
        <translation>Theme and language</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Zoom to 100%</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>&amp;Fit to View</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Show the whole graph</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>Auto-&amp;Layout</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Arrange the blocks left to right</source>
        <translation>Arrange the blocks left to right</translation>
    </message>
    <message>
        <source>Add &amp;Block…</source>
        <translation>Add &amp;Block…</translation>
    </message>
    <message>
        <source>Shift+A</source>
        <translation>Shift+A</translation>
    </message>
    <message>
        <source>Search for a block and add it at the centre</source>
        <translation>Search for a block and add it at the centre</translation>
    </message>
    <message>
        <source>Find in &amp;Palette</source>
        <translation>Find in &amp;Palette</translation>
    </message>
    <message>
        <source>Search the palette</source>
        <translation>Search the palette</translation>
    </message>
    <message>
        <source>&amp;About MTL Studio</source>
        <translation>&amp;About MTL Studio</translation>
    </message>
    <message>
        <source>About MTL Studio</source>
        <translation>About MTL Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Template %1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Save Project</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Save Project As</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>The project &quot;%1&quot; has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>%1[*] — MTL Studio</source>
        <translation>%1[*] — MTL Studio</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Recover Unsaved Work</translation>
    </message>
    <message>
        <source>MTL Studio did not close normally last time. Unsaved changes to &quot;%1&quot; were kept. Recover them?</source>
        <translation>MTL Studio did not close normally last time. Unsaved changes to &quot;%1&quot; were kept. Recover them?</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Cannot paste: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language takes effect when MTL Studio is started again.</source>
        <translation>A new language takes effect when MTL Studio is started again.</translation>
    </message>
    <message>
        <source>The new language will be used after a restart.</source>
        <translation>The new language will be used after a restart.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MTL Studio %1&lt;/h3&gt;&lt;p&gt;Design, train and inspect multi-task models with mixtures of experts: Shared-Bottom, MMoE, CGC/PLE, ESMM, Cross-Stitch, DSelect-k and more.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MTL Studio %1&lt;/h3&gt;&lt;p&gt;Design, train and inspect multi-task models with mixtures of experts: Shared-Bottom, MMoE, CGC/PLE, ESMM, Cross-Stitch, DSelect-k and more.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Reset: press Train to run again with seed %1.</source>
        <translation>Reset: press Train to run again with seed %1.</translation>
    </message>
    <message>
        <source>Loading data…</source>
        <translation>Loading data…</translation>
    </message>
    <message>
        <source>Paused: Step runs one batch, Resume continues.</source>
        <translation>Paused: Step runs one batch, Resume continues.</translation>
    </message>
    <message>
        <source>Cannot Train</source>
        <translation>Cannot Train</translation>
    </message>
    <message>
        <source>%1 (binary)</source>
        <translation>%1 (binary)</translation>
    </message>
    <message>
        <source>%1 (regression)</source>
        <translation>%1 (regression)</translation>
    </message>
    <message>
        <source>Graph and Data Differ</source>
        <translation>Graph and Data Differ</translation>
    </message>
    <message numerus="yes">
        <source>The graph has %n task head(s) with a loss, but the data has these tasks: %1.

Add or remove task heads, or load a template (it adapts itself).</source>
        <translation>
            <numerusform>The graph has %n task head with a loss, but the data has these tasks: %1.

Add or remove task heads, or load a template (it adapts itself).</numerusform>
            <numerusform>The graph has %n task heads with a loss, but the data has these tasks: %1.

Add or remove task heads, or load a template (it adapts itself).</numerusform>
        </translation>
    </message>
    <message>
        <source>The graph has errors (see Problems); fix them to train.</source>
        <translation>The graph has errors (see Problems); fix them to train.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Run %1</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4 · %L5 samples/s · ETA %6</source>
        <translation>Epoch %1/%2 · batch %3/%4 · %L5 samples/s · ETA %6</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>Training stopped: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n epoch(s).</source>
        <translation>
            <numerusform>Stopped after %n epoch.</numerusform>
            <numerusform>Stopped after %n epochs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished in %1: %2</source>
        <translation>Finished in %1: %2</translation>
    </message>
    <message>
        <source>Training Diverged</source>
        <translation>Training Diverged</translation>
    </message>
    <message>
        <source>Start a new project on an empty canvas</source>
        <translation>Start a new project on an empty canvas</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>New from &amp;Template</translation>
    </message>
    <message>
        <source>New project: drag blocks from the palette, or start from File &gt; New from Template.</source>
        <translation>New project: drag blocks from the palette, or start from File &gt; New from Template.</translation>
    </message>
    <message>
        <source>Bind inputs to %1</source>
        <translation>Bind inputs to %1</translation>
    </message>
    <message numerus="yes">
        <source>%n input block(s) now read %1: %2 numeric columns, %3 categorical fields.</source>
        <translation>
            <numerusform>%n input block now reads %1: %2 numeric columns, %3 categorical fields.</numerusform>
            <numerusform>%n input blocks now read %1: %2 numeric columns, %3 categorical fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading data… %1</source>
        <translation>Loading data… %1</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Resumed.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>task head %1 now predicts %2, was a %3 head</source>
        <translation>task head %1 now predicts %2, was a %3 head</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binary</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regression</translation>
    </message>
    <message>
        <source>task head %1 now predicts %2</source>
        <translation>task head %1 now predicts %2</translation>
    </message>
    <message numerus="yes">
        <source>input block %1 now reads %n column(s) (was %2)</source>
        <translation>
            <numerusform>input block %1 now reads %n column (was %2)</numerusform>
            <numerusform>input block %1 now reads %n columns (was %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters: %L1</source>
        <translation>Parameters: %L1</translation>
    </message>
    <message>
        <source>Memory: %1 (weights %2, gradients and optimizer state %3, activations of a batch of %4: %5)</source>
        <translation>Memory: %1 (weights %2, gradients and optimizer state %3, activations of a batch of %4: %5)</translation>
    </message>
    <message numerus="yes">
        <source>Arithmetic: %1 FLOPs per epoch; %n epoch(s) take about %2 at %3 GFLOP/s</source>
        <translation>
            <numerusform>Arithmetic: %1 FLOPs per epoch; %n epoch takes about %2 at %3 GFLOP/s</numerusform>
            <numerusform>Arithmetic: %1 FLOPs per epoch; %n epochs take about %2 at %3 GFLOP/s</numerusform>
        </translation>
    </message>
    <message>
        <source>it needs more memory than this machine can spare (%1)</source>
        <translation>it needs more memory than this machine can spare (%1)</translation>
    </message>
    <message>
        <source>training would take longer than %1</source>
        <translation>training would take longer than %1</translation>
    </message>
    <message>
        <source>Very Large Model</source>
        <translation>Very Large Model</translation>
    </message>
    <message>
        <source>This model is far beyond this machine: %1.</source>
        <translation>This model is far beyond this machine: %1.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, and </translation>
    </message>
    <message>
        <source>Reduce the units or experts, or train anyway.</source>
        <translation>Reduce the units or experts, or train anyway.</translation>
    </message>
    <message>
        <source>Train Anyway</source>
        <translation>Train Anyway</translation>
    </message>
    <message>
        <source>Training cancelled: nothing was changed.</source>
        <translation>Training cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Train: adapt the graph to the data (%1)</source>
        <translation>Train: adapt the graph to the data (%1)</translation>
    </message>
    <message>
        <source>Train adapted the graph to the data: %1.</source>
        <translation>Train adapted the graph to the data: %1.</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4 · paused</source>
        <translation>Epoch %1/%2 · batch %3/%4 · paused</translation>
    </message>
    <message>
        <source>Train: fit the input block to the data (%1)</source>
        <translation>Train: fit the input block to the data (%1)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experiments</translation>
    </message>
</context>
<context>
    <name>mtl::ui::MetricChart</name>
    <message>
        <source>Smoothing</source>
        <translation>Smoothing</translation>
    </message>
    <message>
        <source>Exponential moving average of the drawn lines (display only; hover texts and exports keep the raw values)</source>
        <translation>Exponential moving average of the drawn lines (display only; hover texts and exports keep the raw values)</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log scale</translation>
    </message>
    <message>
        <source>Logarithmic y axis (values of zero or below are not drawn)</source>
        <translation>Logarithmic y axis (values of zero or below are not drawn)</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <source>Drag a rectangle on the chart to zoom; right-click, double-click or this button shows everything again</source>
        <translation>Drag a rectangle on the chart to zoom; right-click, double-click or this button shows everything again</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the chart as an image (PNG, SVG) or its raw points as CSV</source>
        <translation>Save the chart as an image (PNG, SVG) or its raw points as CSV</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG image…</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>SVG image…</translation>
    </message>
    <message>
        <source>CSV of all points…</source>
        <translation>CSV of all points…</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>(smoothed %1)</source>
        <translation>(smoothed %1)</translation>
    </message>
    <message>
        <source>Chart exported from MTL Studio</source>
        <translation>Chart exported from MTL Studio</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>chart</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>mtl::ui::MetricsTable</name>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Log-loss / MSE</source>
        <translation>Log-loss / MSE</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>The task (model head)</source>
        <translation>The task (model head)</translation>
    </message>
    <message>
        <source>ROC-AUC on the test split (binary tasks)</source>
        <translation>ROC-AUC on the test split (binary tasks)</translation>
    </message>
    <message>
        <source>Log-loss for binary tasks, mean squared error for regression tasks, on the test split</source>
        <translation>Log-loss for binary tasks, mean squared error for regression tasks, on the test split</translation>
    </message>
    <message>
        <source>Labelled test examples of the task</source>
        <translation>Labelled test examples of the task</translation>
    </message>
    <message>
        <source>%1: binary task</source>
        <translation>%1: binary task</translation>
    </message>
    <message>
        <source>%1: regression task</source>
        <translation>%1: regression task</translation>
    </message>
    <message>
        <source>Log-loss</source>
        <translation>Log-loss</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Mean squared error</translation>
    </message>
    <message>
        <source>No AUC: %1 is a regression task</source>
        <translation>No AUC: %1 is a regression task</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
</context>
<context>
    <name>mtl::ui::NodeItem</name>
    <message>
        <source>Unknown block type &apos;%1&apos;.</source>
        <translation>Unknown block type &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>mtl::ui::PairedDifferenceModel</name>
    <message>
        <source>%1 − %2</source>
        <translation>%1 − %2</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>The two architectures compared (their settings chosen by validation)</source>
        <translation>The two architectures compared (their settings chosen by validation)</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Test metric of the first minus the second, over the seeds both ran: mean ± 95% confidence interval</source>
        <translation>Test metric of the first minus the second, over the seeds both ran: mean ± 95% confidence interval</translation>
    </message>
    <message>
        <source>Paired difference</source>
        <translation>Paired difference</translation>
    </message>
    <message>
        <source>Common seeds</source>
        <translation>Common seeds</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
</context>
<context>
    <name>mtl::ui::Palette</name>
    <message>
        <source>Search blocks…</source>
        <translation>Search blocks…</translation>
    </message>
    <message>
        <source>No block matches “%1”.</source>
        <translation>No block matches “%1”.</translation>
    </message>
</context>
<context>
    <name>mtl::ui::PortItem</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (output)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (output)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (input)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (input)</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>Shape: %1</source>
        <translation>Shape: %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>mtl::ui::ProblemList</name>
    <message>
        <source>Unknown block type</source>
        <translation>Unknown block type</translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation>Invalid parameter</translation>
    </message>
    <message>
        <source>Unknown port</source>
        <translation>Unknown port</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Unconnected input</source>
        <translation>Unconnected input</translation>
    </message>
    <message>
        <source>Several connections</source>
        <translation>Several connections</translation>
    </message>
    <message>
        <source>Wrong kind of connection</source>
        <translation>Wrong kind of connection</translation>
    </message>
    <message>
        <source>Width mismatch</source>
        <translation>Width mismatch</translation>
    </message>
    <message>
        <source>Gate and experts disagree</source>
        <translation>Gate and experts disagree</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>No task</translation>
    </message>
    <message>
        <source>Duplicate task name</source>
        <translation>Duplicate task name</translation>
    </message>
    <message>
        <source>Duplicate block name</source>
        <translation>Duplicate block name</translation>
    </message>
    <message>
        <source>No input</source>
        <translation>No input</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>No problems: the graph is valid</source>
        <translation>No problems: the graph is valid</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Activation before a head</source>
        <translation>Activation before a head</translation>
    </message>
    <message>
        <source>Prediction used as input</source>
        <translation>Prediction used as input</translation>
    </message>
</context>
<context>
    <name>mtl::ui::ProjectIO</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>Could not open the project.

%1</source>
        <translation>Could not open the project.

%1</translation>
    </message>
    <message>
        <source>MTL Studio projects (*.mtlproj);;All files (*)</source>
        <translation>MTL Studio projects (*.mtlproj);;All files (*)</translation>
    </message>
</context>
<context>
    <name>mtl::ui::QuickAddPopup</name>
    <message>
        <source>Search blocks…</source>
        <translation>Search blocks…</translation>
    </message>
</context>
<context>
    <name>mtl::ui::RocChart</name>
    <message>
        <source>ROC curves (test split)</source>
        <translation>ROC curves (test split)</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>False positive rate</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>True positive rate</translation>
    </message>
    <message>
        <source>Receiver operating characteristic of each binary task on the test split; the dotted diagonal is a random guess (AUC 0.5)</source>
        <translation>Receiver operating characteristic of each binary task on the test split; the dotted diagonal is a random guess (AUC 0.5)</translation>
    </message>
    <message>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>No ROC curves: ROC curves are drawn for binary tasks, and this run&apos;s tasks (%1) are regression tasks. Their mean squared error is in the table.</source>
        <translation>No ROC curves: ROC curves are drawn for binary tasks, and this run&apos;s tasks (%1) are regression tasks. Their mean squared error is in the table.</translation>
    </message>
</context>
<context>
    <name>mtl::ui::RunComparison</name>
    <message>
        <source>Compare Runs</source>
        <translation>Compare Runs</translation>
    </message>
    <message>
        <source>Colour scale 0 to 1</source>
        <translation>Colour scale 0 to 1</translation>
    </message>
    <message>
        <source>Colour scale shared by both runs</source>
        <translation>Colour scale shared by both runs</translation>
    </message>
    <message>
        <source>Both heatmaps use the same colours for the same weight: from 0 to 1, or from 0 to the largest mean weight of the two runs</source>
        <translation>Both heatmaps use the same colours for the same weight: from 0 to 1, or from 0 to the largest mean weight of the two runs</translation>
    </message>
    <message>
        <source>This model has no gates.</source>
        <translation>This model has no gates.</translation>
    </message>
    <message>
        <source>No gate analysis: the run was saved by an earlier version of MTL Studio.</source>
        <translation>No gate analysis: the run was saved by an earlier version of MTL Studio.</translation>
    </message>
    <message>
        <source>Mean Jensen-Shannon divergence between tasks&apos; gates: %1 (of the mean gates), %2 (per example); ln 2 = %3 is the most</source>
        <translation>Mean Jensen-Shannon divergence between tasks&apos; gates: %1 (of the mean gates), %2 (per example); ln 2 = %3 is the most</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Expert-usage entropy (1 = uniform): %1</source>
        <translation>Expert-usage entropy (1 = uniform): %1</translation>
    </message>
    <message>
        <source>Dead experts: none</source>
        <translation>Dead experts: none</translation>
    </message>
    <message>
        <source>Dead experts: %1</source>
        <translation>Dead experts: %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Near-duplicate experts: %1</source>
        <translation>Near-duplicate experts: %1</translation>
    </message>
</context>
<context>
    <name>mtl::ui::RunHistory</name>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Test metrics</source>
        <translation>Test metrics</translation>
    </message>
    <message>
        <source>%1 AUC %2</source>
        <translation>%1 AUC %2</translation>
    </message>
    <message>
        <source>%1 MSE %2</source>
        <translation>%1 MSE %2</translation>
    </message>
    <message>
        <source>(diverged)</source>
        <translation>(diverged)</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(stopped)</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n level</numerusform>
            <numerusform>%n levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s)</source>
        <translation>
            <numerusform>%n expert</numerusform>
            <numerusform>%n experts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s)</source>
        <translation>
            <numerusform>%n gate</numerusform>
            <numerusform>%n gates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer block(s)</source>
        <translation>
            <numerusform>%n layer block</numerusform>
            <numerusform>%n layer blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Custom: %1</translation>
    </message>
    <message>
        <source>%1-like: %2</source>
        <translation>%1-like: %2</translation>
    </message>
    <message>
        <source>synthetic p=%1, binary</source>
        <translation>synthetic p=%1, binary</translation>
    </message>
    <message>
        <source>synthetic p=%1</source>
        <translation>synthetic p=%1</translation>
    </message>
    <message>
        <source>census g%1</source>
        <translation>census g%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 lr %2 · batch %3 · %n epoch(s) · seed %4</source>
        <translation>
            <numerusform>%1 lr %2 · batch %3 · %n epoch · seed %4</numerusform>
            <numerusform>%1 lr %2 · batch %3 · %n epochs · seed %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtl::ui::RunsPanel</name>
    <message>
        <source>Click a run to show it; tick runs to overlay them on the charts.</source>
        <translation>Click a run to show it; tick runs to overlay them on the charts.</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Delete Run</translation>
    </message>
    <message>
        <source>Remove the selected run from the project</source>
        <translation>Remove the selected run from the project</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Compare Runs</translation>
    </message>
    <message>
        <source>Show two runs side by side: gate heatmaps on one colour scale, curves overlaid (tick two runs, or select one and tick another)</source>
        <translation>Show two runs side by side: gate heatmaps on one colour scale, curves overlaid (tick two runs, or select one and tick another)</translation>
    </message>
</context>
<context>
    <name>mtl::ui::TrainingCharts</name>
    <message>
        <source>Training loss</source>
        <translation>Training loss</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Loss of each recorded training batch: per task and the weighted total</source>
        <translation>Loss of each recorded training batch: per task and the weighted total</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validation loss</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Log-loss / MSE</source>
        <translation>Log-loss / MSE</translation>
    </message>
    <message>
        <source>Loss on the validation split after each epoch: log-loss for binary tasks, mean squared error for regression tasks, and the weighted total</source>
        <translation>Loss on the validation split after each epoch: log-loss for binary tasks, mean squared error for regression tasks, and the weighted total</translation>
    </message>
    <message>
        <source>Validation AUC</source>
        <translation>Validation AUC</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>ROC-AUC on the validation split after each epoch (binary tasks)</source>
        <translation>ROC-AUC on the validation split after each epoch (binary tasks)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mtl::ui::TrainingController</name>
    <message>
        <source>The architecture is not valid:
%1</source>
        <translation>The architecture is not valid:
%1</translation>
    </message>
    <message>
        <source>Cannot load the data: %1</source>
        <translation>Cannot load the data: %1</translation>
    </message>
    <message>
        <source>Cannot build the model: %1</source>
        <translation>Cannot build the model: %1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training failed: %1</translation>
    </message>
</context>
<context>
    <name>mtl::ui::TrainingPanel</name>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <source>Start training the graph on the chosen data</source>
        <translation>Start training the graph on the chosen data</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause training after the current batch</source>
        <translation>Pause training after the current batch</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>S&amp;tep</translation>
    </message>
    <message>
        <source>Advance the paused training by one step, then pause again</source>
        <translation>Advance the paused training by one step, then pause again</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <source>Stop training after the current batch</source>
        <translation>Stop training after the current batch</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>Re&amp;set</translation>
    </message>
    <message>
        <source>Discard the trained weights: the next run starts from a fresh initialisation</source>
        <translation>Discard the trained weights: the next run starts from a fresh initialisation</translation>
    </message>
    <message>
        <source>The graph is locked while training runs.</source>
        <translation>The graph is locked while training runs.</translation>
    </message>
    <message>
        <source>Stop the run to change the architecture, the data or the batch settings; the learning rate and the loss weights can change while it runs.</source>
        <translation>Stop the run to change the architecture, the data or the batch settings; the learning rate and the loss weights can change while it runs.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD with momentum</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>The update rule for the weights</source>
        <translation>The update rule for the weights</translation>
    </message>
    <message>
        <source>Step size of the optimizer; type e.g. 1e-3. Can change while training runs.</source>
        <translation>Step size of the optimizer; type e.g. 1e-3. Can change while training runs.</translation>
    </message>
    <message>
        <source>Momentum of SGD (0: plain SGD)</source>
        <translation>Momentum of SGD (0: plain SGD)</translation>
    </message>
    <message>
        <source>L2 penalty on the weights (0: none)</source>
        <translation>L2 penalty on the weights (0: none)</translation>
    </message>
    <message>
        <source>Rows per training batch</source>
        <translation>Rows per training batch</translation>
    </message>
    <message>
        <source>Passes over the training rows</source>
        <translation>Passes over the training rows</translation>
    </message>
    <message>
        <source>Seed of the initial weights, the shuffling, dropout and gate noise</source>
        <translation>Seed of the initial weights, the shuffling, dropout and gate noise</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimizer:</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Learning rate:</translation>
    </message>
    <message>
        <source>&amp;Momentum:</source>
        <translation>&amp;Momentum:</translation>
    </message>
    <message>
        <source>&amp;Weight decay:</source>
        <translation>&amp;Weight decay:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batch size:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochs:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>The graph has no task heads.</source>
        <translation>The graph has no task heads.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>Loss weights</source>
        <translation>Loss weights</translation>
    </message>
    <message>
        <source>Each task&apos;s loss is multiplied by its weight in the total loss</source>
        <translation>Each task&apos;s loss is multiplied by its weight in the total loss</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Continue the paused training</source>
        <translation>Continue the paused training</translation>
    </message>
    <message>
        <source>Weight of task &apos;%1&apos; in the total loss (0: not trained). Can change while training runs.</source>
        <translation>Weight of task &apos;%1&apos; in the total loss (0: not trained). Can change while training runs.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>mtl::ui::UsageItem</name>
    <message>
        <source>Mean gate weight per expert:</source>
        <translation>Mean gate weight per expert:</translation>
    </message>
</context>
</TS>
