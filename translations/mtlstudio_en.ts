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
        <source>Start a new project from the MMoE template</source>
        <translation>Start a new project from the MMoE template</translation>
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
</TS>
