<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>core</name>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>网络层</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>门控</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>门控</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>The data set&apos;s input features: numeric columns plus categorical fields, one-hot (sparse) or embedded.</source>
        <translation>数据集的输入特征：数值列加上类别字段，类别字段采用独热编码（稀疏）或嵌入表示。</translation>
    </message>
    <message>
        <source>Numeric columns</source>
        <translation>数值列</translation>
    </message>
    <message>
        <source>Number of numeric feature columns (set from the data).</source>
        <translation>数值特征列的数量（由数据决定）。</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别字段</translation>
    </message>
    <message>
        <source>Cardinality of each categorical field (set from the data).</source>
        <translation>每个类别字段的基数，即取值个数（由数据决定）。</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码方式</translation>
    </message>
    <message>
        <source>How categorical fields enter the network: sparse one-hot or learned embeddings.</source>
        <translation>类别字段输入网络的方式：稀疏的独热编码，或可学习的嵌入。</translation>
    </message>
    <message>
        <source>onehot</source>
        <translation>独热编码</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation>嵌入维度</translation>
    </message>
    <message>
        <source>Width of each field&apos;s embedding (embedding encoding).</source>
        <translation>每个字段嵌入向量的维度（用于嵌入编码）。</translation>
    </message>
    <message>
        <source>feature vector</source>
        <translation>特征向量</translation>
    </message>
    <message>
        <source>Dense (MLP)</source>
        <translation>全连接层（MLP）</translation>
    </message>
    <message>
        <source>Fully connected layers: a shared bottom, a tower, or a task&apos;s own network.</source>
        <translation>全连接层：可用作共享底层、塔，或某个任务独立的网络。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Width of each layer, e.g. 64,32.</source>
        <translation>每层的宽度，例如 64,32。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Activation of the hidden layers.</source>
        <translation>隐藏层的激活函数。</translation>
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
        <translation>恒等</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>输出激活函数</translation>
    </message>
    <message>
        <source>Activation of the last layer (identity for a tower that ends in a logit).</source>
        <translation>最后一层的激活函数（若塔以 logit 结尾，则选“恒等”）。</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Probability of dropping a hidden unit while training.</source>
        <translation>训练时丢弃隐藏单元的概率。</translation>
    </message>
    <message>
        <source>input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>Expert group</source>
        <translation>专家组</translation>
    </message>
    <message>
        <source>n expert networks reading the same input, computed as one fused matrix product.</source>
        <translation>n 个读取同一输入的专家网络，合并为一次矩阵乘法进行计算。</translation>
    </message>
    <message>
        <source>Number of experts in the group.</source>
        <translation>组内专家的数量。</translation>
    </message>
    <message>
        <source>Width of each expert&apos;s layers, e.g. 16.</source>
        <translation>每个专家各层的宽度，例如 16。</translation>
    </message>
    <message>
        <source>Activation of every expert layer.</source>
        <translation>所有专家层的激活函数。</translation>
    </message>
    <message>
        <source>Probability of dropping an expert unit while training.</source>
        <translation>训练时丢弃专家单元的概率。</translation>
    </message>
    <message>
        <source>Concatenate</source>
        <translation>拼接</translation>
    </message>
    <message>
        <source>Joins its inputs into one wider vector.</source>
        <translation>将各输入拼接成一个更宽的向量。</translation>
    </message>
    <message>
        <source>Number of inputs.</source>
        <translation>输入的数量。</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>相加</translation>
    </message>
    <message>
        <source>Element-wise sum of inputs of equal width.</source>
        <translation>对宽度相同的输入逐元素求和。</translation>
    </message>
    <message>
        <source>Multiply</source>
        <translation>相乘</translation>
    </message>
    <message>
        <source>Element-wise product of inputs of equal width (ESMM: pCTCVR = pCTR x pCVR).</source>
        <translation>对宽度相同的输入逐元素相乘（ESMM：pCTCVR = pCTR x pCVR）。</translation>
    </message>
    <message>
        <source>Softmax gate</source>
        <translation>Softmax 门控</translation>
    </message>
    <message>
        <source>Weights the experts by softmax(W x): one per task in MMoE, one shared in OMoE.</source>
        <translation>按 softmax(W x) 对专家加权：在 MMoE 中每个任务一个，在 OMoE 中所有任务共享一个。</translation>
    </message>
    <message>
        <source>Number of experts this gate weighs.</source>
        <translation>该门控加权的专家数量。</translation>
    </message>
    <message>
        <source>what the gate looks at</source>
        <translation>门控所依据的输入</translation>
    </message>
    <message>
        <source>one weight per expert, summing to 1</source>
        <translation>每个专家一个权重，总和为 1</translation>
    </message>
    <message>
        <source>Mixture</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>Sums the experts weighted by a gate&apos;s weights.</source>
        <translation>按门控给出的权重对各专家加权求和。</translation>
    </message>
    <message>
        <source>Expert inputs</source>
        <translation>专家输入数</translation>
    </message>
    <message>
        <source>Number of expert groups mixed (their experts are taken in order).</source>
        <translation>参与混合的专家组数量（按顺序取各组的专家）。</translation>
    </message>
    <message>
        <source>experts to mix</source>
        <translation>待混合的专家</translation>
    </message>
    <message>
        <source>mixing weights</source>
        <translation>混合权重</translation>
    </message>
    <message>
        <source>mixed expert output</source>
        <translation>混合后的专家输出</translation>
    </message>
    <message>
        <source>Top-k gate</source>
        <translation>Top-k 门控</translation>
    </message>
    <message>
        <source>Sparse gate (Shazeer et al. 2017): softmax over the k largest of W x (+ trained Gaussian noise while training); the other experts get weight 0.</source>
        <translation>稀疏门控（Shazeer 等，2017）：对 W x 中最大的 k 个值做 softmax（训练时再加上可训练的高斯噪声），其余专家的权重为 0。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Number of experts kept per example (at most the number of experts).</source>
        <translation>每个样本保留的专家数（不超过专家总数）。</translation>
    </message>
    <message>
        <source>Noisy</source>
        <translation>加噪声</translation>
    </message>
    <message>
        <source>Add trained, input-dependent Gaussian noise to the logits while training.</source>
        <translation>训练时向 logits 添加可训练、且依赖于输入的高斯噪声。</translation>
    </message>
    <message>
        <source>Noise floor</source>
        <translation>噪声下限</translation>
    </message>
    <message>
        <source>Added to the noise standard deviation softplus(W_noise x) so it never vanishes.</source>
        <translation>加到噪声标准差 softplus(W_noise x) 上，使其始终不为零。</translation>
    </message>
    <message>
        <source>Importance loss</source>
        <translation>重要性损失</translation>
    </message>
    <message>
        <source>Weight of the load-balancing loss CV(sum of gate weights over the batch)^2 (0: off).</source>
        <translation>负载均衡损失 CV(批内门控权重之和)^2 的权重（0：关闭）。</translation>
    </message>
    <message>
        <source>k non-zero weights per example, summing to 1</source>
        <translation>每个样本 k 个非零权重，总和为 1</translation>
    </message>
    <message>
        <source>DSelect-k gate</source>
        <translation>DSelect-k 门控</translation>
    </message>
    <message>
        <source>Differentiable sparse gate (Hazimeh et al. 2021): k binary-encoded selectors with a smooth-step converge to at most k experts; static or per example.</source>
        <translation>可微稀疏门控（Hazimeh 等，2021）：k 个采用二进制编码和平滑阶跃函数的选择器，最终收敛到至多 k 个专家；可为静态，也可逐样本计算。</translation>
    </message>
    <message>
        <source>Number of single-expert selectors (at most k experts get weight).</source>
        <translation>单专家选择器的数量（至多 k 个专家获得权重）。</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Width of the smooth-step&apos;s transition: logits beyond +-gamma/2 select exactly.</source>
        <translation>平滑阶跃函数过渡区的宽度：超出 ±gamma/2 的 logit 会被精确选中。</translation>
    </message>
    <message>
        <source>Per example</source>
        <translation>逐样本</translation>
    </message>
    <message>
        <source>Selectors computed from the input (x port); off: one learned selection for all examples.</source>
        <translation>根据输入（x 端口）计算选择器；关闭时，所有样本共用一个学习得到的选择。</translation>
    </message>
    <message>
        <source>Entropy weight</source>
        <translation>熵正则权重</translation>
    </message>
    <message>
        <source>Weight of the entropy regulariser that pushes each selector to a single expert.</source>
        <translation>熵正则项的权重，该正则项促使每个选择器收敛到单个专家。</translation>
    </message>
    <message>
        <source>Init range</source>
        <translation>初始化范围</translation>
    </message>
    <message>
        <source>Selector logits start uniform in +-z_init * gamma / 2 (the paper: 1).</source>
        <translation>选择器 logits 的初始值在 ±z_init * gamma / 2 内均匀分布（论文中取 1）。</translation>
    </message>
    <message>
        <source>CGC / PLE level</source>
        <translation>CGC / PLE 层级</translation>
    </message>
    <message>
        <source>Customized Gate Control: per-task and shared experts, one gate per task over its own and the shared experts. Stack levels (shared output on) for Progressive Layered Extraction.</source>
        <translation>定制门控（CGC）：包含任务专属专家和共享专家，每个任务一个门控，作用于本任务的专家和共享专家。堆叠多个层级（开启“共享输出”）即构成渐进式分层提取（PLE）。</translation>
    </message>
    <message>
        <source>Number of tasks (one input and one output each).</source>
        <translation>任务数量（每个任务各有一个输入和一个输出）。</translation>
    </message>
    <message>
        <source>Experts per task</source>
        <translation>每任务专家数</translation>
    </message>
    <message>
        <source>Task-specific experts of each task.</source>
        <translation>每个任务的专属专家数量。</translation>
    </message>
    <message>
        <source>Shared experts</source>
        <translation>共享专家数</translation>
    </message>
    <message>
        <source>Experts shared by all tasks.</source>
        <translation>所有任务共享的专家数量。</translation>
    </message>
    <message>
        <source>Shared output</source>
        <translation>共享输出</translation>
    </message>
    <message>
        <source>Also output a shared representation (a gate over all experts) for the next PLE level; on for every level but the last.</source>
        <translation>额外输出一个共享表示（由作用于全部专家的门控得到），供下一个 PLE 层级使用；除最后一级外均应开启。</translation>
    </message>
    <message>
        <source>task 0&apos;s input</source>
        <translation>任务 0 的输入</translation>
    </message>
    <message>
        <source>task 1&apos;s input</source>
        <translation>任务 1 的输入</translation>
    </message>
    <message>
        <source>input of the shared experts</source>
        <translation>共享专家的输入</translation>
    </message>
    <message>
        <source>task 0&apos;s mixed experts</source>
        <translation>任务 0 的专家混合输出</translation>
    </message>
    <message>
        <source>task 1&apos;s mixed experts</source>
        <translation>任务 1 的专家混合输出</translation>
    </message>
    <message>
        <source>Cross-stitch unit</source>
        <translation>交叉缝合单元</translation>
    </message>
    <message>
        <source>Mixes the tasks&apos; hidden layers with a learned matrix: out_i = sum_j a_ij in_j.</source>
        <translation>用一个可学习的矩阵混合各任务的隐藏层：out_i = sum_j a_ij in_j。</translation>
    </message>
    <message>
        <source>Number of task networks stitched together.</source>
        <translation>缝合在一起的任务网络数量。</translation>
    </message>
    <message>
        <source>Self weight</source>
        <translation>自身权重</translation>
    </message>
    <message>
        <source>Initial a_ii; the rest of each row is split evenly so that rows sum to 1.</source>
        <translation>a_ii 的初始值；每行的其余部分均分，使每行之和为 1。</translation>
    </message>
    <message>
        <source>Learning-rate scale</source>
        <translation>学习率倍数</translation>
    </message>
    <message>
        <source>Multiplier of the learning rate for the stitch weights.</source>
        <translation>缝合权重所用学习率的倍数。</translation>
    </message>
    <message>
        <source>task 0&apos;s activations</source>
        <translation>任务 0 的激活值</translation>
    </message>
    <message>
        <source>task 1&apos;s activations</source>
        <translation>任务 1 的激活值</translation>
    </message>
    <message>
        <source>task 0&apos;s stitched activations</source>
        <translation>任务 0 缝合后的激活值</translation>
    </message>
    <message>
        <source>task 1&apos;s stitched activations</source>
        <translation>任务 1 缝合后的激活值</translation>
    </message>
    <message>
        <source>L2 soft sharing</source>
        <translation>L2 软共享</translation>
    </message>
    <message>
        <source>Pulls the parameters of two identically shaped layers together: adds alpha * ||P_a - P_b||^2 to the loss.</source>
        <translation>使两个形状相同的层的参数相互靠拢：在损失中加入 alpha * ||P_a - P_b||^2。</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Weight of the squared distance between the two layers&apos; parameters.</source>
        <translation>两层参数之间距离平方的权重。</translation>
    </message>
    <message>
        <source>output of the first tied layer</source>
        <translation>第一个绑定层的输出</translation>
    </message>
    <message>
        <source>output of the second tied layer (same shapes)</source>
        <translation>第二个绑定层的输出（形状相同）</translation>
    </message>
    <message>
        <source>Binary task</source>
        <translation>二分类任务</translation>
    </message>
    <message>
        <source>A yes/no task: sigmoid of a logit, trained with binary cross-entropy; reports AUC.</source>
        <translation>是/否型任务：对 logit 取 sigmoid，用二元交叉熵训练；评估指标为 AUC。</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>The label column this head predicts (must match the data).</source>
        <translation>该输出头预测的标签列（须与数据一致）。</translation>
    </message>
    <message>
        <source>Loss weight</source>
        <translation>损失权重</translation>
    </message>
    <message>
        <source>Weight of this task&apos;s loss in the total (0: no direct loss, e.g. ESMM&apos;s CVR).</source>
        <translation>该任务的损失在总损失中的权重（0：无直接损失，例如 ESMM 中的 CVR）。</translation>
    </message>
    <message>
        <source>Input is a probability</source>
        <translation>输入为概率</translation>
    </message>
    <message>
        <source>The input is already a probability (e.g. pCTR x pCVR), not a logit.</source>
        <translation>输入已经是概率（例如 pCTR x pCVR），而不是 logit。</translation>
    </message>
    <message>
        <source>logit (width 1)</source>
        <translation>logit（宽度为 1）</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Regression task</source>
        <translation>回归任务</translation>
    </message>
    <message>
        <source>A numeric task trained with mean squared error.</source>
        <translation>预测数值的任务，用均方误差训练。</translation>
    </message>
    <message>
        <source>prediction (width 1)</source>
        <translation>预测值（宽度为 1）</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>Single-task</source>
        <translation>单任务</translation>
    </message>
    <message>
        <source>One independent network per task: the baseline without sharing.</source>
        <translation>每个任务一个独立的网络：不做任何共享的基线。</translation>
    </message>
    <message>
        <source>Shared-Bottom</source>
        <translation>共享底层</translation>
    </message>
    <message>
        <source>One shared bottom network feeding a tower per task (hard sharing).</source>
        <translation>一个共享底层网络，其输出分别送入每个任务的塔（硬共享）。</translation>
    </message>
    <message>
        <source>OMoE</source>
        <translation>OMoE</translation>
    </message>
    <message>
        <source>One-gate mixture of experts: all tasks share one gated mixture.</source>
        <translation>单门控混合专家：所有任务共享同一个门控混合。</translation>
    </message>
    <message>
        <source>MMoE</source>
        <translation>MMoE</translation>
    </message>
    <message>
        <source>Multi-gate mixture of experts (Ma et al. 2018): one gate per task over shared experts.</source>
        <translation>多门控混合专家（Ma 等，2018）：每个任务各有一个门控，作用于共享的专家。</translation>
    </message>
    <message>
        <source>CGC</source>
        <translation>CGC</translation>
    </message>
    <message>
        <source>Customized Gate Control (Tang et al. 2020): task-specific plus shared experts.</source>
        <translation>定制门控（Tang 等，2020）：任务专属专家加共享专家。</translation>
    </message>
    <message>
        <source>PLE</source>
        <translation>PLE</translation>
    </message>
    <message>
        <source>Progressive Layered Extraction: stacked CGC levels with a shared gate between levels.</source>
        <translation>渐进式分层提取：堆叠多个 CGC 层级，层级之间通过共享门控相连。</translation>
    </message>
    <message>
        <source>ESMM</source>
        <translation>ESMM</translation>
    </message>
    <message>
        <source>Entire Space Multi-task Model: pCTCVR = pCTR x pCVR, trained over all examples.</source>
        <translation>全空间多任务模型：pCTCVR = pCTR x pCVR，在全部样本上训练。</translation>
    </message>
    <message>
        <source>Cross-Stitch</source>
        <translation>交叉缝合</translation>
    </message>
    <message>
        <source>Per-task networks linked by cross-stitch units that learn how much to share.</source>
        <translation>各任务的网络通过交叉缝合单元相连，由其学习共享的程度。</translation>
    </message>
    <message>
        <source>L2-constrained</source>
        <translation>L2 约束</translation>
    </message>
    <message>
        <source>Per-task networks whose weights are pulled together by an L2 penalty (soft sharing).</source>
        <translation>各任务的网络权重通过 L2 惩罚相互靠拢（软共享）。</translation>
    </message>
    <message>
        <source>MMoE + DSelect-k</source>
        <translation>MMoE + DSelect-k</translation>
    </message>
    <message>
        <source>MMoE whose gates are DSelect-k: each task selects k experts smoothly.</source>
        <translation>门控采用 DSelect-k 的 MMoE：每个任务平滑地选出 k 个专家。</translation>
    </message>
    <message>
        <source>MMoE + Top-k</source>
        <translation>MMoE + Top-k</translation>
    </message>
    <message>
        <source>MMoE with noisy Top-k gates: each example uses only k experts.</source>
        <translation>采用带噪声 Top-k 门控的 MMoE：每个样本只使用 k 个专家。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, train and inspect multi-task models.</source>
        <translation>设计、训练和分析多任务模型。</translation>
    </message>
    <message>
        <source>Project file to open.</source>
        <translation>要打开的项目文件。</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to &lt;png&gt; and quit.</source>
        <translation>将主窗口截图保存到 &lt;png&gt; 后退出。</translation>
    </message>
    <message>
        <source>Start from template &lt;key&gt; (see the Templates menu).</source>
        <translation>从模板 &lt;key&gt; 开始（参见“模板”菜单）。</translation>
    </message>
    <message>
        <source>Window size WxH (with --grab).</source>
        <translation>窗口大小 WxH（与 --grab 一起使用）。</translation>
    </message>
    <message>
        <source>Select the block called &lt;name&gt; (with --grab).</source>
        <translation>选中名为 &lt;name&gt; 的模块（与 --grab 一起使用）。</translation>
    </message>
</context>
<context>
    <name>mtl::ui::Appearance</name>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>mtl::ui::GraphDocument</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>删除 %n 个模块</numerusform>
        </translation>
    </message>
    <message>
        <source>That block no longer exists.</source>
        <translation>该模块已不存在。</translation>
    </message>
    <message>
        <source>A block cannot feed itself.</source>
        <translation>模块不能连接到自身。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no output &apos;%2&apos;.</source>
        <translation>“%1”没有名为“%2”的输出。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no input &apos;%2&apos;.</source>
        <translation>“%1”没有名为“%2”的输入。</translation>
    </message>
    <message>
        <source>Cannot connect: %1.%2 gives %3 but %4.%5 takes %6.</source>
        <translation>无法连接：%1.%2 输出的是%3，而 %4.%5 接收的是%6。</translation>
    </message>
    <message>
        <source>These ports are already connected.</source>
        <translation>这两个端口已经连接。</translation>
    </message>
    <message>
        <source>Cannot connect: %1 already depends on %2; this edge would make a cycle.</source>
        <translation>无法连接：%1 已依赖于 %2，添加这条连线会形成环。</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>将 %1 连接到 %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>删除 %n 条连线</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: wrong kind of value.</source>
        <translation>%1：值的类型不正确。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必须介于 %2 和 %3 之间。</translation>
    </message>
    <message>
        <source>%1 needs at least one value.</source>
        <translation>%1 至少需要一个值。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of the allowed values.</source>
        <translation>%1：“%2”不是允许的取值。</translation>
    </message>
    <message>
        <source>Unknown parameter &apos;%1&apos;.</source>
        <translation>未知参数“%1”。</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>设置 %2 的%1</translation>
    </message>
    <message>
        <source>A block needs a name.</source>
        <translation>模块必须有名称。</translation>
    </message>
    <message>
        <source>Another block is already called &apos;%1&apos;.</source>
        <translation>已有其他模块名为“%1”。</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n block(s)</source>
        <translation>
            <numerusform>移动 %n 个模块</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>自动布局</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>粘贴 %n 个模块</numerusform>
        </translation>
    </message>
    <message>
        <source>features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>gate weights</source>
        <translation>门控权重</translation>
    </message>
    <message>
        <source>%1 (sparse)</source>
        <translation>%1（稀疏）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>gate %1</source>
        <translation>门控 %1</translation>
    </message>
</context>
<context>
    <name>mtl::ui::GraphScene</name>
    <message>
        <source>shape unknown</source>
        <translation>形状未知</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>The architecture cannot be changed while a training run uses it.</source>
        <translation>正在进行的训练使用了此网络结构，暂时无法修改。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Drop on an input port: both ports are outputs.</source>
        <translation>请拖放到输入端口上：这两个端口都是输出端口。</translation>
    </message>
    <message>
        <source>Drop on an output port: both ports are inputs.</source>
        <translation>请拖放到输出端口上：这两个端口都是输入端口。</translation>
    </message>
    <message>
        <source>Release to disconnect</source>
        <translation>松开以断开连接</translation>
    </message>
    <message>
        <source>Move connection</source>
        <translation>移动连线</translation>
    </message>
</context>
<context>
    <name>mtl::ui::Inspector</name>
    <message>
        <source>Select a block to edit its parameters</source>
        <translation>选择一个模块以编辑其参数</translation>
    </message>
    <message>
        <source>The block&apos;s name, unique in the graph</source>
        <translation>模块名称，在模型图中必须唯一</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Unknown block type: this version of the application cannot use it.</source>
        <translation>未知的模块类型：当前版本的应用程序无法使用它。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Enter whole numbers separated by commas, e.g. 64,32.</source>
        <translation>请输入以逗号分隔的整数，例如 64,32。</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1（端口 %2）</translation>
    </message>
</context>
<context>
    <name>mtl::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph valid</source>
        <translation>模型图有效</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new project from the MMoE template</source>
        <translation>基于 MMoE 模板新建项目</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>以新名称保存项目</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit MTL Studio</source>
        <translation>退出 MTL Studio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Cut the selected blocks</source>
        <translation>剪切选中的模块</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected blocks</source>
        <translation>复制选中的模块</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste blocks</source>
        <translation>粘贴模块</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Duplicate the selected blocks</source>
        <translation>为选中的模块创建副本</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected blocks and connections</source>
        <translation>删除选中的模块和连线</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select every block</source>
        <translation>选中所有模块</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>Theme and language</source>
        <translation>主题和语言</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>缩放到 100%</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>显示整个模型图</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>自动布局(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Arrange the blocks left to right</source>
        <translation>从左到右排列模块</translation>
    </message>
    <message>
        <source>Add &amp;Block…</source>
        <translation>添加模块(&amp;B)…</translation>
    </message>
    <message>
        <source>Shift+A</source>
        <translation>Shift+A</translation>
    </message>
    <message>
        <source>Search for a block and add it at the centre</source>
        <translation>搜索模块并将其添加到视图中央</translation>
    </message>
    <message>
        <source>Find in &amp;Palette</source>
        <translation>在模块库中查找(&amp;P)</translation>
    </message>
    <message>
        <source>Search the palette</source>
        <translation>搜索模块库</translation>
    </message>
    <message>
        <source>&amp;About MTL Studio</source>
        <translation>关于 MTL Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About MTL Studio</source>
        <translation>关于 MTL Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>模块库</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>模板 %1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>项目“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — MTL Studio</source>
        <translation>%1[*] — MTL Studio</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>MTL Studio did not close normally last time. Unsaved changes to &quot;%1&quot; were kept. Recover them?</source>
        <translation>MTL Studio 上次未正常关闭，对“%1”所做的未保存更改已保留。是否恢复？</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>无法粘贴：%1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when MTL Studio is started again.</source>
        <translation>新语言将在下次启动 MTL Studio 时生效。</translation>
    </message>
    <message>
        <source>The new language will be used after a restart.</source>
        <translation>重新启动后将使用新语言。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MTL Studio %1&lt;/h3&gt;&lt;p&gt;Design, train and inspect multi-task models with mixtures of experts: Shared-Bottom, MMoE, CGC/PLE, ESMM, Cross-Stitch, DSelect-k and more.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MTL Studio %1&lt;/h3&gt;&lt;p&gt;设计、训练和分析基于混合专家的多任务模型：共享底层、MMoE、CGC/PLE、ESMM、交叉缝合、DSelect-k 等。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mtl::ui::NodeItem</name>
    <message>
        <source>Unknown block type &apos;%1&apos;.</source>
        <translation>未知的模块类型“%1”。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>mtl::ui::Palette</name>
    <message>
        <source>Search blocks…</source>
        <translation>搜索模块…</translation>
    </message>
    <message>
        <source>No block matches “%1”.</source>
        <translation>没有与“%1”匹配的模块。</translation>
    </message>
</context>
<context>
    <name>mtl::ui::PortItem</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (output)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（输出）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (input)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（输入）</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Shape: %1</source>
        <translation>形状：%1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
</context>
<context>
    <name>mtl::ui::ProblemList</name>
    <message>
        <source>Unknown block type</source>
        <translation>未知模块类型</translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>Unknown port</source>
        <translation>未知端口</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>存在环</translation>
    </message>
    <message>
        <source>Unconnected input</source>
        <translation>输入未连接</translation>
    </message>
    <message>
        <source>Several connections</source>
        <translation>多重连接</translation>
    </message>
    <message>
        <source>Wrong kind of connection</source>
        <translation>连接类型错误</translation>
    </message>
    <message>
        <source>Width mismatch</source>
        <translation>宽度不匹配</translation>
    </message>
    <message>
        <source>Gate and experts disagree</source>
        <translation>门控与专家数量不一致</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>没有任务</translation>
    </message>
    <message>
        <source>Duplicate task name</source>
        <translation>任务名称重复</translation>
    </message>
    <message>
        <source>Duplicate block name</source>
        <translation>模块名称重复</translation>
    </message>
    <message>
        <source>No input</source>
        <translation>没有输入</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>No problems: the graph is valid</source>
        <translation>没有问题：模型图有效</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>模型图</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1，端口 %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>mtl::ui::ProjectIO</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Could not open the project.

%1</source>
        <translation>无法打开项目。

%1</translation>
    </message>
    <message>
        <source>MTL Studio projects (*.mtlproj);;All files (*)</source>
        <translation>MTL Studio 项目 (*.mtlproj);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>mtl::ui::QuickAddPopup</name>
    <message>
        <source>Search blocks…</source>
        <translation>搜索模块…</translation>
    </message>
</context>
</TS>
