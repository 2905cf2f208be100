<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>core</name>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data set&apos;s input features: numeric columns plus categorical fields, one-hot (sparse) or embedded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of numeric feature columns (set from the data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cardinality of each categorical field (set from the data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How categorical fields enter the network: sparse one-hot or learned embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onehot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of each field&apos;s embedding (embedding encoding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense (MLP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully connected layers: a shared bottom, a tower, or a task&apos;s own network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of each layer, e.g. 64,32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of the hidden layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of the last layer (identity for a tower that ends in a logit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability of dropping a hidden unit while training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n expert networks reading the same input, computed as one fused matrix product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of experts in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of each expert&apos;s layers, e.g. 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of every expert layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability of dropping an expert unit while training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concatenate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins its inputs into one wider vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element-wise sum of inputs of equal width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element-wise product of inputs of equal width (ESMM: pCTCVR = pCTR x pCVR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights the experts by softmax(W x): one per task in MMoE, one shared in OMoE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of experts this gate weighs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the gate looks at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one weight per expert, summing to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sums the experts weighted by a gate&apos;s weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of expert groups mixed (their experts are taken in order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experts to mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixing weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed expert output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-k gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparse gate (Shazeer et al. 2017): softmax over the k largest of W x (+ trained Gaussian noise while training); the other experts get weight 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of experts kept per example (at most the number of experts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noisy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trained, input-dependent Gaussian noise to the logits while training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the noise standard deviation softplus(W_noise x) so it never vanishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the load-balancing loss CV(sum of gate weights over the batch)^2 (0: off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k non-zero weights per example, summing to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSelect-k gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differentiable sparse gate (Hazimeh et al. 2021): k binary-encoded selectors with a smooth-step converge to at most k experts; static or per example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of single-expert selectors (at most k experts get weight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the smooth-step&apos;s transition: logits beyond +-gamma/2 select exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selectors computed from the input (x port); off: one learned selection for all examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the entropy regulariser that pushes each selector to a single expert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector logits start uniform in +-z_init * gamma / 2 (the paper: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGC / PLE level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customized Gate Control: per-task and shared experts, one gate per task over its own and the shared experts. Stack levels (shared output on) for Progressive Layered Extraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of tasks (one input and one output each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task-specific experts of each task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts shared by all tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also output a shared representation (a gate over all experts) for the next PLE level; on for every level but the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task 0&apos;s input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task 1&apos;s input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input of the shared experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task 0&apos;s mixed experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task 1&apos;s mixed experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-stitch unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixes the tasks&apos; hidden layers with a learned matrix: out_i = sum_j a_ij in_j.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of task networks stitched together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial a_ii; the rest of each row is split evenly so that rows sum to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplier of the learning rate for the stitch weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task 0&apos;s activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task 1&apos;s activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task 0&apos;s stitched activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task 1&apos;s stitched activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 soft sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulls the parameters of two identically shaped layers together: adds alpha * ||P_a - P_b||^2 to the loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the squared distance between the two layers&apos; parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output of the first tied layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output of the second tied layer (same shapes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yes/no task: sigmoid of a logit, trained with binary cross-entropy; reports AUC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label column this head predicts (must match the data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of this task&apos;s loss in the total (0: no direct loss, e.g. ESMM&apos;s CVR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input is a probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is already a probability (e.g. pCTR x pCVR), not a logit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logit (width 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A numeric task trained with mean squared error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction (width 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One independent network per task: the baseline without sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared-Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One shared bottom network feeding a tower per task (hard sharing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMoE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-gate mixture of experts: all tasks share one gated mixture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMoE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-gate mixture of experts (Ma et al. 2018): one gate per task over shared experts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customized Gate Control (Tang et al. 2020): task-specific plus shared experts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressive Layered Extraction: stacked CGC levels with a shared gate between levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entire Space Multi-task Model: pCTCVR = pCTR x pCVR, trained over all examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-Stitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-task networks linked by cross-stitch units that learn how much to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2-constrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-task networks whose weights are pulled together by an L2 penalty (soft sharing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMoE + DSelect-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMoE whose gates are DSelect-k: each task selects k experts smoothly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMoE + Top-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMoE with noisy Top-k gates: each example uses only k experts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, train and inspect multi-task models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to &lt;png&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from template &lt;key&gt; (see the Templates menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size WxH (with --grab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the block called &lt;name&gt; (with --grab).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mtl::ui::Appearance</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mtl::ui::GraphDocument</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That block no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block cannot feed itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no output &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no input &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: %1.%2 gives %3 but %4.%5 takes %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These ports are already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: %1 already depends on %2; this edge would make a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: wrong kind of value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parameter &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another block is already called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n block(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sparse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mtl::ui::GraphScene</name>
    <message>
        <source>shape unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The architecture cannot be changed while a training run uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop on an input port: both ports are outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop on an output port: both ports are inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mtl::ui::Inspector</name>
    <message>
        <source>Select a block to edit its parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block&apos;s name, unique in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown block type: this version of the application cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter whole numbers separated by commas, e.g. 64,32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mtl::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Graph valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new project from the MMoE template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit MTL Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the selected blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected blocks and connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the blocks left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a block and add it at the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in &amp;Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MTL Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MTL Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — MTL Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTL Studio did not close normally last time. Unsaved changes to &quot;%1&quot; were kept. Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when MTL Studio is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language will be used after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MTL Studio %1&lt;/h3&gt;&lt;p&gt;Design, train and inspect multi-task models with mixtures of experts: Shared-Bottom, MMoE, CGC/PLE, ESMM, Cross-Stitch, DSelect-k and more.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mtl::ui::NodeItem</name>
    <message>
        <source>Unknown block type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mtl::ui::Palette</name>
    <message>
        <source>Search blocks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mtl::ui::PortItem</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mtl::ui::ProblemList</name>
    <message>
        <source>Unknown block type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconnected input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong kind of connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate and experts disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate task name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate block name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the graph is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mtl::ui::ProjectIO</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the project.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTL Studio projects (*.mtlproj);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mtl::ui::QuickAddPopup</name>
    <message>
        <source>Search blocks…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
