<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Lessons</name>
    <message>
        <source>1. Task relatedness and Shared-Bottom</source>
        <translation>1. 任务相关性与共享底层</translation>
    </message>
    <message>
        <source>Does sharing one network hurt when tasks differ? Sweep the task correlation p.</source>
        <translation>任务不同时，共享同一个网络会有损失吗？扫描任务相关性 p。</translation>
    </message>
    <message>
        <source>Shared-Bottom on two related tasks</source>
        <translation>两个相关任务上的共享底层</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Shared-Bottom&lt;/b&gt; is the classic multi-task network: one bottom network &lt;i&gt;f&lt;/i&gt; shared by every task and a small tower &lt;i&gt;h&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt; per task, &lt;i&gt;y&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; = &lt;i&gt;h&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)).&lt;/p&gt;&lt;p&gt;The MMoE paper (Ma et al. 2018, Sec. 3) builds two regression tasks whose relatedness is one number: the correlation &lt;i&gt;p&lt;/i&gt; (the cosine between the two tasks&apos; weight vectors). At &lt;i&gt;p&lt;/i&gt; = 1 the tasks are the same, at &lt;i&gt;p&lt;/i&gt; = 0 unrelated.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; loads Shared-Bottom, synthetic data with &lt;i&gt;p&lt;/i&gt; = 0.5 and trains 30 epochs (a few seconds). Watch both tasks&apos; losses in the Charts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;共享底层&lt;/b&gt;（Shared-Bottom）是经典的多任务网络：所有任务共享一个底层网络 &lt;i&gt;f&lt;/i&gt;，每个任务各有一个小塔 &lt;i&gt;h&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;，&lt;i&gt;y&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; = &lt;i&gt;h&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;))。&lt;/p&gt;&lt;p&gt;MMoE 论文（Ma 等，2018，第 3 节）构造了两个回归任务，其相关程度用一个数表示：相关性 &lt;i&gt;p&lt;/i&gt;（两个任务权重向量夹角的余弦）。&lt;i&gt;p&lt;/i&gt; = 1 时两个任务相同，&lt;i&gt;p&lt;/i&gt; = 0 时互不相关。&lt;/p&gt;&lt;p&gt;&lt;b&gt;准备&lt;/b&gt;会载入共享底层和 &lt;i&gt;p&lt;/i&gt; = 0.5 的合成数据，并训练 30 轮（几秒钟）。请在图表中观察两个任务的损失。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sweep the correlation</source>
        <translation>扫描相关性</translation>
    </message>
    <message>
        <source>&lt;p&gt;One run proves little: seeds differ as much as architectures. &lt;b&gt;Set up&lt;/b&gt; runs an experiment: Shared-Bottom and MMoE at &lt;i&gt;p&lt;/i&gt; = 0, 0.5 and 1, 5 seeds each, 100 epochs on 10,000 rows (30 runs, about 1 to 2 minutes on 2 cores; measured 77 s). The plot shows each architecture&apos;s test loss against &lt;i&gt;p&lt;/i&gt; with its 95% confidence interval shaded.&lt;/p&gt;&lt;p&gt;The paper&apos;s claim (its Fig. 3): Shared-Bottom gets worse as the tasks diverge, because one shared representation has to serve both.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一次运行说明不了什么：不同种子之间的差异与不同架构之间一样大。&lt;b&gt;准备&lt;/b&gt;会运行一个实验：共享底层和 MMoE，&lt;i&gt;p&lt;/i&gt; = 0、0.5 和 1，各 5 个种子，在 10,000 行上训练 100 轮（共 30 次运行，2 核上约 1 到 2 分钟；实测 77 秒）。图中显示每个架构的测试损失随 &lt;i&gt;p&lt;/i&gt; 的变化，阴影为其 95% 置信区间。&lt;/p&gt;&lt;p&gt;论文的结论（其图 3）：任务差异越大，共享底层越差，因为一个共享表示要同时服务两个任务。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lesson 1: Shared-Bottom vs MMoE across p</source>
        <translation>第 1 课：不同 p 下的共享底层与 MMoE</translation>
    </message>
    <message>
        <source>Which architecture will have the lower test loss?</source>
        <translation>哪个架构的测试损失更低？</translation>
    </message>
    <message>
        <source>Shared-Bottom, at every p</source>
        <translation>共享底层，在所有 p 下</translation>
    </message>
    <message>
        <source>MMoE, at every p</source>
        <translation>MMoE，在所有 p 下</translation>
    </message>
    <message>
        <source>They will be the same</source>
        <translation>两者一样</translation>
    </message>
    <message>
        <source>MMoE. Measured with these settings: mean test MSE 0.034 / 0.026 / 0.030 for MMoE against 0.068 / 0.049 / 0.071 for Shared-Bottom at p = 0 / 0.5 / 1. Look at the Paired differences table: a confidence interval that excludes 0 is a difference that holds over the seeds.</source>
        <translation>MMoE。在这些设置下实测：p = 0 / 0.5 / 1 时，MMoE 的平均测试 MSE 为 0.034 / 0.026 / 0.030，共享底层为 0.068 / 0.049 / 0.071。请查看配对差异表：置信区间不包含 0 的差异，才是在各种子上都成立的差异。</translation>
    </message>
    <message>
        <source>Is the trend real? Precomputed results</source>
        <translation>趋势是真的吗？预计算结果</translation>
    </message>
    <message>
        <source>&lt;p&gt;Five seeds give wide intervals. &lt;b&gt;Set up&lt;/b&gt; adds precomputed results to the Experiments panel (nothing runs): MMoE and Shared-Bottom at &lt;i&gt;p&lt;/i&gt; = 0, 0.5 and 1, learning rates 1e-2 and 3e-2, &lt;b&gt;10 seeds, 300 epochs: 120 runs that took 11 minutes on 2 cores&lt;/b&gt;. Each architecture&apos;s learning rate is chosen on the validation set.&lt;/p&gt;&lt;p&gt;Compare Shared-Bottom&apos;s test loss at the three values of &lt;i&gt;p&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;五个种子给出的区间很宽。&lt;b&gt;准备&lt;/b&gt;会把预计算结果添加到实验面板（不运行任何训练）：MMoE 和共享底层，&lt;i&gt;p&lt;/i&gt; = 0、0.5 和 1，学习率 1e-2 和 3e-2，&lt;b&gt;10 个种子、300 轮：共 120 次运行，在 2 核上耗时 11 分钟&lt;/b&gt;。每个架构的学习率在验证集上选出。&lt;/p&gt;&lt;p&gt;比较共享底层在 &lt;i&gt;p&lt;/i&gt; 三个取值下的测试损失。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Precomputed: MMoE vs Shared-Bottom, 10 seeds, 300 epochs</source>
        <translation>预计算：MMoE 与共享底层，10 个种子，300 轮</translation>
    </message>
    <message>
        <source>Does Shared-Bottom&apos;s test loss rise steadily as p falls from 1 to 0, as the paper found?</source>
        <translation>随着 p 从 1 降到 0，共享底层的测试损失是否像论文所说那样稳步上升？</translation>
    </message>
    <message>
        <source>Yes, clearly</source>
        <translation>是，很明显</translation>
    </message>
    <message>
        <source>No: there is no clear trend</source>
        <translation>否：没有明显趋势</translation>
    </message>
    <message>
        <source>No. Shared-Bottom&apos;s test MSE is 0.023 / 0.028 / 0.025 at p = 0 / 0.5 / 1, with wide intervals: a few seeds train badly and set the mean. MMoE is flat (0.012 to 0.014) and better than Shared-Bottom at every p. A lesson in itself: a paper&apos;s trend has to be measured, with intervals, before it is believed.</source>
        <translation>否。p = 0 / 0.5 / 1 时共享底层的测试 MSE 为 0.023 / 0.028 / 0.025，区间很宽：少数几个种子训练得不好，左右了均值。MMoE 则很平稳（0.012 到 0.014），且在每个 p 下都优于共享底层。这本身就是一课：论文中的趋势要先经过实测并给出区间，才能相信。</translation>
    </message>
    <message>
        <source>2. MMoE&apos;s gates</source>
        <translation>2. MMoE 的门控</translation>
    </message>
    <message>
        <source>Each task has its own gate over shared experts: do the tasks choose different experts?</source>
        <translation>每个任务在共享专家上有自己的门控：各任务会选择不同的专家吗？</translation>
    </message>
    <message>
        <source>One gate per task</source>
        <translation>每个任务一个门控</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;MMoE&lt;/b&gt; shares &lt;i&gt;n&lt;/i&gt; experts &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; between the tasks, and gives each task &lt;i&gt;k&lt;/i&gt; its own gate, a softmax over the experts: &lt;i&gt;g&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = softmax(&lt;i&gt;W&lt;sub&gt;gk&lt;/sub&gt; x&lt;/i&gt;), &lt;i&gt;f&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &amp;sum;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;g&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;), &lt;i&gt;y&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; = &lt;i&gt;h&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;f&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; trains MMoE (8 experts) on census-income, group 1: income above 50K and never married, 4 epochs (about half a minute, most of it reading the files). If the census-income files are not found, the step says so and uses binary synthetic data instead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;MMoE&lt;/b&gt; 在任务之间共享 &lt;i&gt;n&lt;/i&gt; 个专家 &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;，并为每个任务 &lt;i&gt;k&lt;/i&gt; 提供自己的门控，即对专家做 softmax：&lt;i&gt;g&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = softmax(&lt;i&gt;W&lt;sub&gt;gk&lt;/sub&gt; x&lt;/i&gt;)，&lt;i&gt;f&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &amp;sum;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;g&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)，&lt;i&gt;y&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; = &lt;i&gt;h&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;f&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;))。&lt;/p&gt;&lt;p&gt;&lt;b&gt;准备&lt;/b&gt;会在 census-income 第 1 组（收入 &gt; 50K、未婚）上训练 MMoE（8 个专家）4 轮（约半分钟，大部分时间用于读取文件）。如果找不到 census-income 文件，该步骤会给出提示，并改用二分类合成数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Will the income gate and the marital-status gate put their weight on the same experts?</source>
        <translation>收入门控和婚姻状况门控会把权重放在相同的专家上吗？</translation>
    </message>
    <message>
        <source>Yes, on the same experts</source>
        <translation>会，放在相同的专家上</translation>
    </message>
    <message>
        <source>No, mostly on different experts</source>
        <translation>不会，主要放在不同的专家上</translation>
    </message>
    <message>
        <source>Neither: both stay spread evenly</source>
        <translation>都不是：两者都保持均匀分布</translation>
    </message>
    <message>
        <source>Mostly different experts. In two runs measured here, the income gate gave 0.78 (seed 1) and 0.60 (seed 2) of its weight to one expert that the marital gate hardly used (0.01 to 0.02), while the marital gate spread over two others. The gates learn to route each task to experts that suit it; which experts they are changes with the seed.</source>
        <translation>主要是不同的专家。在这里实测的两次运行中，收入门控把 0.78（种子 1）和 0.60（种子 2）的权重给了某一个专家，而婚姻状况门控几乎不用这个专家（0.01 到 0.02），它的权重分散在另外两个专家上。门控学会把每个任务路由到适合它的专家；具体是哪些专家则随种子而变。</translation>
    </message>
    <message>
        <source>Reading the gate heatmap</source>
        <translation>解读门控热力图</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Gates panel each row is a task&apos;s gate and each column an expert; the colour is the gate&apos;s mean weight on the validation set. Hover a cell for the exact value and its spread; move the epoch slider to see the gates specialise as training goes on. Clicking an expert selects its block on the canvas, where a small grid under the experts shows the same use in each task&apos;s colour.&lt;/p&gt;&lt;p&gt;A row close to 1/&lt;i&gt;n&lt;/i&gt; everywhere is a gate that has not chosen yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在门控面板中，每一行是一个任务的门控，每一列是一个专家；颜色表示该门控在验证集上的平均权重。将鼠标悬停在单元格上可查看精确值及其离散程度；拖动轮次滑块可看到门控随训练推进而逐渐分化。点击某个专家会在画布上选中其模块，专家下方的小网格以各任务的颜色显示同样的使用情况。&lt;/p&gt;&lt;p&gt;若某一行处处接近 1/&lt;i&gt;n&lt;/i&gt;，说明该门控尚未做出选择。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>3. OMoE vs MMoE across correlation</source>
        <translation>3. 不同相关性下的 OMoE 与 MMoE</translation>
    </message>
    <message>
        <source>One gate for all tasks or one per task: when does it matter?</source>
        <translation>所有任务共用一个门控，还是每个任务一个：什么时候有区别？</translation>
    </message>
    <message>
        <source>One gate or one per task</source>
        <translation>单个门控还是每个任务一个</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;OMoE&lt;/b&gt; (one-gate mixture of experts) mixes the experts with a single gate for all tasks, &lt;i&gt;y&lt;/i&gt; = &amp;sum;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;g&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;), then a tower per task. MMoE gives each task its own gate. The paper&apos;s Fig. 4: the gap between them grows as the tasks&apos; correlation falls.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; puts OMoE on the canvas and runs an experiment: OMoE and MMoE at &lt;i&gt;p&lt;/i&gt; = 0, 0.5 and 1, 5 seeds, 100 epochs on 10,000 rows (30 runs, about 1 to 2 minutes on 2 cores; measured 76 s).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OMoE&lt;/b&gt;（单门控混合专家）用一个门控为所有任务混合专家，&lt;i&gt;y&lt;/i&gt; = &amp;sum;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;g&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)，之后每个任务接一个塔。MMoE 则为每个任务提供自己的门控。论文图 4：任务相关性越低，两者的差距越大。&lt;/p&gt;&lt;p&gt;&lt;b&gt;准备&lt;/b&gt;会把 OMoE 放到画布上并运行一个实验：OMoE 和 MMoE，&lt;i&gt;p&lt;/i&gt; = 0、0.5 和 1，5 个种子，在 10,000 行上训练 100 轮（共 30 次运行，2 核上约 1 到 2 分钟；实测 76 秒）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lesson 3: OMoE vs MMoE across p</source>
        <translation>第 3 课：不同 p 下的 OMoE 与 MMoE</translation>
    </message>
    <message>
        <source>At p = 1 (identical tasks), will 5 seeds tell MMoE and OMoE apart?</source>
        <translation>p = 1（任务相同）时，5 个种子能区分 MMoE 和 OMoE 吗？</translation>
    </message>
    <message>
        <source>Yes: MMoE is clearly better</source>
        <translation>能：MMoE 明显更好</translation>
    </message>
    <message>
        <source>No: the paired interval includes 0</source>
        <translation>不能：配对区间包含 0</translation>
    </message>
    <message>
        <source>No. Identical tasks need no separate gates, so one gate does as well: measured here, OMoE - MMoE = 0.004 +- 0.008 (task 1 test MSE) at p = 1. With 20 seeds and 100 epochs (README, 7 minutes) MMoE&apos;s test MSE is lower at p = 0.5 (by 0.013 +- 0.006) and still not distinguishable at p = 1; 5 seeds are too few to separate the two at p = 0.5.</source>
        <translation>不能。任务相同时不需要各自的门控，一个门控同样够用：这里实测 p = 1 时 OMoE - MMoE = 0.004 ± 0.008（任务 1 的测试 MSE）。用 20 个种子、100 轮（见 README，7 分钟）时，MMoE 在 p = 0.5 下的测试 MSE 更低（低 0.013 ± 0.006），在 p = 1 下仍无法区分；5 个种子太少，无法在 p = 0.5 下区分两者。</translation>
    </message>
    <message>
        <source>Gate divergence against p</source>
        <translation>门控散度随 p 的变化</translation>
    </message>
    <message>
        <source>&lt;p&gt;How differently do MMoE&apos;s two gates use the experts? The &lt;b&gt;gate divergence&lt;/b&gt; is the Jensen-Shannon divergence between the tasks&apos; mean gate distributions: 0 when both gates weigh the experts alike, ln 2 = 0.69 at most.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; puts MMoE on the canvas and adds precomputed results (MMoE and Shared-Bottom at &lt;i&gt;p&lt;/i&gt; = 0, 0.5, 1; &lt;b&gt;10 seeds, 300 epochs, 120 runs, 11 minutes on 2 cores&lt;/b&gt;) and plots the gate divergence against &lt;i&gt;p&lt;/i&gt;. Your own experiment of the step before has the same plot (choose it in the list).&lt;/p&gt;</source>
        <translation>&lt;p&gt;MMoE 的两个门控使用专家的方式有多大不同？&lt;b&gt;门控散度&lt;/b&gt;是各任务平均门控分布之间的 Jensen-Shannon 散度：两个门控对专家的加权相同时为 0，最大为 ln 2 = 0.69。&lt;/p&gt;&lt;p&gt;&lt;b&gt;准备&lt;/b&gt;会把 MMoE 放到画布上，添加预计算结果（MMoE 和共享底层，&lt;i&gt;p&lt;/i&gt; = 0、0.5、1；&lt;b&gt;10 个种子、300 轮、120 次运行，2 核上 11 分钟&lt;/b&gt;），并绘制门控散度随 &lt;i&gt;p&lt;/i&gt; 的变化。你在上一步做的实验也有同样的图（在列表中选择它）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>As p goes from 1 (identical tasks) to 0 (unrelated tasks), what happens to the divergence between MMoE&apos;s gates?</source>
        <translation>当 p 从 1（任务相同）变到 0（任务无关）时，MMoE 两个门控之间的散度会怎样变化？</translation>
    </message>
    <message>
        <source>It rises</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>It falls</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>It stays the same</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>It rises: 0.012 at p = 1, 0.25 at p = 0.5 and 0.43 at p = 0 (mean of 10 seeds). Unrelated tasks get routed to different experts, which OMoE&apos;s single gate cannot do.</source>
        <translation>上升：p = 1 时为 0.012，p = 0.5 时为 0.25，p = 0 时为 0.43（10 个种子的平均值）。无关的任务被路由到不同的专家，而 OMoE 的单个门控做不到这一点。</translation>
    </message>
    <message>
        <source>4. PLE: task-specific and shared experts</source>
        <translation>4. PLE：任务专属专家与共享专家</translation>
    </message>
    <message>
        <source>Experts of one&apos;s own, experts in common, and the seesaw.</source>
        <translation>专属专家、共享专家，以及跷跷板现象。</translation>
    </message>
    <message>
        <source>Experts of one&apos;s own</source>
        <translation>专属专家</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CGC&lt;/b&gt; (Tang et al. 2020) gives each task &lt;i&gt;k&lt;/i&gt; its own experts &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;k&lt;/i&gt;,1)&lt;/sub&gt; ... &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;k&lt;/i&gt;,&lt;i&gt;m&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;)&lt;/sub&gt; beside shared ones &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;s&lt;/i&gt;,1)&lt;/sub&gt; ... Task &lt;i&gt;k&lt;/i&gt;&apos;s gate sees only its own and the shared experts: &lt;i&gt;g&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;w&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) &lt;i&gt;S&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;). &lt;b&gt;PLE&lt;/b&gt; stacks such levels; a shared gate between levels mixes all experts for the next level.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; trains PLE (2 levels) on census-income group 1, 3 epochs (binary synthetic data if the census-income files are not found). The Gates panel shows one heatmap per level.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CGC&lt;/b&gt;（Tang 等，2020）除共享专家 &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;s&lt;/i&gt;,1)&lt;/sub&gt; ... 之外，还为每个任务 &lt;i&gt;k&lt;/i&gt; 提供专属专家 &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;k&lt;/i&gt;,1)&lt;/sub&gt; ... &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;k&lt;/i&gt;,&lt;i&gt;m&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;)&lt;/sub&gt;。任务 &lt;i&gt;k&lt;/i&gt; 的门控只看得到它自己的专家和共享专家：&lt;i&gt;g&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;w&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) &lt;i&gt;S&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)。&lt;b&gt;PLE&lt;/b&gt; 将这样的层级堆叠起来；层级之间的共享门控混合所有专家，供下一层级使用。&lt;/p&gt;&lt;p&gt;&lt;b&gt;准备&lt;/b&gt;会在 census-income 第 1 组上训练 PLE（2 个层级）3 轮（若找不到 census-income 文件，则使用二分类合成数据）。门控面板中每个层级显示一张热力图。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In a level&apos;s heatmap, which cells are hatched (not used)?</source>
        <translation>在某一层级的热力图中，哪些单元格带斜线阴影（未使用）？</translation>
    </message>
    <message>
        <source>The shared experts, in every row</source>
        <translation>共享专家，在每一行中</translation>
    </message>
    <message>
        <source>The other task&apos;s own experts</source>
        <translation>另一个任务的专属专家</translation>
    </message>
    <message>
        <source>None: every gate sees every expert</source>
        <translation>没有：每个门控都能看到所有专家</translation>
    </message>
    <message>
        <source>A task&apos;s gate never sees the other task&apos;s own experts, so those cells are hatched. The shared gate (row &quot;shared&quot;) sees them all. This is how CGC keeps some capacity for each task alone.</source>
        <translation>任务的门控永远看不到另一个任务的专属专家，所以这些单元格带斜线阴影。共享门控（“共享”行）能看到所有专家。CGC 正是以此为每个任务单独保留一部分容量。</translation>
    </message>
    <message>
        <source>The seesaw: MTL gain per task</source>
        <translation>跷跷板现象：各任务的 MTL 增益</translation>
    </message>
    <message>
        <source>&lt;p&gt;Multi-task learning often helps one task and hurts another (the &lt;b&gt;seesaw&lt;/b&gt;). The PLE paper measures it per task with the &lt;b&gt;MTL gain&lt;/b&gt;: a task&apos;s metric with the multi-task model minus its metric with a single-task model (Eq. 11; positive is better). The Paired differences table lists Single-task - PLE: that gain with its sign turned (negative there: PLE is better), seed by seed, with its interval.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; adds precomputed results: census-income group 1, seven architectures from Single-task to PLE, &lt;b&gt;20 seeds, 5 epochs: 140 runs, 11 minutes on 2 cores&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;多任务学习常常有助于一个任务却损害另一个任务（即&lt;b&gt;跷跷板现象&lt;/b&gt;）。PLE 论文用 &lt;b&gt;MTL 增益&lt;/b&gt;逐任务衡量这一点：任务在多任务模型上的指标减去其在单任务模型上的指标（式 11；正值表示更好）。配对差异表列出的是“单任务 - PLE”：即符号相反的该增益（在表中为负表示 PLE 更好），逐个种子计算，并给出其区间。&lt;/p&gt;&lt;p&gt;&lt;b&gt;准备&lt;/b&gt;会添加预计算结果：census-income 第 1 组，从单任务到 PLE 的七种架构，&lt;b&gt;20 个种子、5 轮：共 140 次运行，2 核上 11 分钟&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Precomputed: census-income group 1, 7 architectures, 20 seeds</source>
        <translation>预计算：census-income 第 1 组，7 种架构，20 个种子</translation>
    </message>
    <message>
        <source>What is PLE&apos;s MTL gain on the income task here?</source>
        <translation>这里 PLE 在收入任务上的 MTL 增益是多少？</translation>
    </message>
    <message>
        <source>Clearly positive</source>
        <translation>明显为正</translation>
    </message>
    <message>
        <source>About zero or slightly negative</source>
        <translation>约为零或略为负</translation>
    </message>
    <message>
        <source>Strongly negative</source>
        <translation>大幅为负</translation>
    </message>
    <message>
        <source>Slightly negative: income test AUC 0.9473 for PLE against 0.9480 for single-task models (gain -0.0007), and marital status is 0.9946 for every architecture (gain 0: the task is saturated, so sharing has nothing to give it). On this data no architecture beats single-task models; PLE&apos;s seesaw is milder than OMoE&apos;s (-0.0019).</source>
        <translation>略为负：PLE 的收入测试 AUC 为 0.9473，单任务模型为 0.9480（增益 -0.0007）；婚姻状况在所有架构上都是 0.9946（增益 0：该任务已饱和，共享无法再带来提升）。在这份数据上没有哪个架构胜过单任务模型；PLE 的跷跷板现象比 OMoE（-0.0019）温和。</translation>
    </message>
    <message>
        <source>5. Sparse gates: Top-k and DSelect-k</source>
        <translation>5. 稀疏门控：Top-k 与 DSelect-k</translation>
    </message>
    <message>
        <source>Gates that use k of n experts per example.</source>
        <translation>每个样本只使用 n 个专家中 k 个的门控。</translation>
    </message>
    <message>
        <source>Top-k: keep the k largest</source>
        <translation>Top-k：保留最大的 k 个</translation>
    </message>
    <message>
        <source>&lt;p&gt;A softmax gate gives every expert some weight, so every expert runs for every example. A &lt;b&gt;Top-k&lt;/b&gt; gate keeps the &lt;i&gt;k&lt;/i&gt; largest gate logits and sets the rest to minus infinity before the softmax: each example uses &lt;i&gt;k&lt;/i&gt; of the &lt;i&gt;n&lt;/i&gt; experts. The noisy variant adds learned noise so that more experts get tried. The choice jumps from one expert to another: Top-k is not smooth.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; trains MMoE with Top-2 gates over 8 experts on binary synthetic data, 20 epochs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;softmax 门控给每个专家都分配一些权重，因此每个样本都要运行所有专家。&lt;b&gt;Top-k&lt;/b&gt; 门控保留最大的 &lt;i&gt;k&lt;/i&gt; 个门控 logit，并在 softmax 之前把其余的设为负无穷：每个样本只使用 &lt;i&gt;n&lt;/i&gt; 个专家中的 &lt;i&gt;k&lt;/i&gt; 个。带噪声的变体会加入可学习的噪声，以便尝试更多专家。选择会从一个专家跳到另一个专家：Top-k 不是平滑的。&lt;/p&gt;&lt;p&gt;&lt;b&gt;准备&lt;/b&gt;会在二分类合成数据上训练采用 Top-2 门控、8 个专家的 MMoE，共 20 轮。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>With k = 2 of 8 experts, how many experts does one example use?</source>
        <translation>k = 2、共 8 个专家时，一个样本使用几个专家？</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>8, with small weights on 6</source>
        <translation>8 个，其中 6 个权重很小</translation>
    </message>
    <message>
        <source>It depends on the batch</source>
        <translation>取决于批次</translation>
    </message>
    <message>
        <source>Exactly 2: the other 6 get weight 0 for that example. The heatmap shows the mean over the validation examples, so more than 2 columns can be coloured: different examples choose different pairs.</source>
        <translation>正好 2 个：对该样本而言，其余 6 个的权重为 0。热力图显示的是验证样本上的平均值，所以可能有超过 2 列带颜色：不同的样本会选择不同的专家对。</translation>
    </message>
    <message>
        <source>DSelect-k: smooth and sparse</source>
        <translation>DSelect-k：平滑且稀疏</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;DSelect-k&lt;/b&gt; (Hazimeh et al. 2021) has &lt;i&gt;k&lt;/i&gt; selectors. Each picks one expert through a binary code of its index: each bit is a &lt;b&gt;smooth-step&lt;/b&gt; function of a learned parameter, 0 or 1 outside a small interval and smooth inside it. Gradients flow while the selectors are undecided; as training goes on the bits settle at exactly 0 or 1 and the gate becomes sparse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; trains MMoE with DSelect-2 gates on the same data. Scrub the epoch slider in the Gates panel: the weights concentrate on few experts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;DSelect-k&lt;/b&gt;（Hazimeh 等，2021）有 &lt;i&gt;k&lt;/i&gt; 个选择器。每个选择器通过专家索引的二进制编码选出一个专家：每一位都是某个可学习参数的&lt;b&gt;平滑阶跃&lt;/b&gt;函数，在一个小区间之外取 0 或 1，在区间内平滑过渡。选择器尚未确定时梯度可以流动；随着训练推进，各位最终精确地落在 0 或 1，门控随之变得稀疏。&lt;/p&gt;&lt;p&gt;&lt;b&gt;准备&lt;/b&gt;会在同样的数据上训练采用 DSelect-2 门控的 MMoE。在门控面板中拖动轮次滑块：权重会集中到少数几个专家上。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How does DSelect-k differ from Top-k?</source>
        <translation>DSelect-k 与 Top-k 有何不同？</translation>
    </message>
    <message>
        <source>It is smooth, and becomes sparse</source>
        <translation>它是平滑的，并会变得稀疏</translation>
    </message>
    <message>
        <source>It uses every expert</source>
        <translation>它使用所有专家</translation>
    </message>
    <message>
        <source>It picks experts at random</source>
        <translation>它随机挑选专家</translation>
    </message>
    <message>
        <source>DSelect-k is differentiable everywhere: the smooth-step lets gradient descent choose the experts, and the choice becomes exactly sparse (k experts) once the selectors settle. Top-k&apos;s choice changes in jumps that gradients do not see. The gates here choose per example, so after 20 epochs the heatmap&apos;s means still spread over more than k experts, as with Top-k.</source>
        <translation>DSelect-k 处处可微：平滑阶跃函数让梯度下降来选择专家，而一旦选择器稳定下来，选择就变得严格稀疏（k 个专家）。Top-k 的选择是跳变的，梯度感知不到。这里的门控是逐样本选择的，因此 20 轮之后热力图的平均值仍分布在超过 k 个专家上，与 Top-k 一样。</translation>
    </message>
    <message>
        <source>6. ESMM: training over the entire space</source>
        <translation>6. ESMM：在全空间上训练</translation>
    </message>
    <message>
        <source>Why pCTCVR = pCTR x pCVR trains over the entire space, and what it gains on a funnel.</source>
        <translation>为什么 pCTCVR = pCTR x pCVR 能在全空间上训练，以及它在漏斗数据上带来什么收益。</translation>
    </message>
    <message>
        <source>Conversion is only seen after a click</source>
        <translation>转化只在点击之后才能观察到</translation>
    </message>
    <message>
        <source>&lt;p&gt;In advertising, a user sees an impression, may click, and after a click may convert (buy). A conversion-rate (CVR) model trained on clicked impressions only learns from a biased sample: the users who click differ from those who do not, but the model is used on all impressions (&lt;b&gt;sample selection bias&lt;/b&gt;), and clicks are rare (&lt;b&gt;data sparsity&lt;/b&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;ESMM&lt;/b&gt; (Ma et al. 2018) models, on every impression, pCTR = p(click) and pCTCVR = p(click and conversion) = pCTR &amp;times; pCVR. Both have labels on the entire space; pCVR has no loss of its own and is trained through the product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; loads the ESMM template and trains it 10 epochs on a synthetic click -&gt; conversion funnel with strong selection bias. Follow the wiring on the canvas: two towers on one shared bottom, and a Multiply block.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在广告中，用户看到一次曝光，可能点击，点击后可能转化（购买）。只在被点击的曝光上训练的转化率（CVR）模型学到的是有偏样本：点击的用户与不点击的用户不同，而模型却要用于全部曝光（&lt;b&gt;样本选择偏差&lt;/b&gt;）；并且点击很少（&lt;b&gt;数据稀疏&lt;/b&gt;）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;ESMM&lt;/b&gt;（Ma 等，2018）在每次曝光上建模 pCTR = p(点击) 和 pCTCVR = p(点击且转化) = pCTR &amp;times; pCVR。两者在全空间上都有标签；pCVR 没有自己的损失，而是通过乘积来训练。&lt;/p&gt;&lt;p&gt;&lt;b&gt;准备&lt;/b&gt;会加载 ESMM 模板，并在一个选择偏差很强的合成“点击 -&gt; 转化”漏斗上训练 10 轮。请在画布上查看连线：两个塔位于同一个共享底层之上，另有一个“相乘”模块。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which of ESMM&apos;s outputs has no label of its own?</source>
        <translation>ESMM 的哪个输出没有自己的标签？</translation>
    </message>
    <message>
        <source>pCTR</source>
        <translation>pCTR</translation>
    </message>
    <message>
        <source>pCVR</source>
        <translation>pCVR</translation>
    </message>
    <message>
        <source>pCTCVR</source>
        <translation>pCTCVR</translation>
    </message>
    <message>
        <source>pCVR. Its labels would exist only on clicked impressions, so ESMM gives it none: on the canvas the cvr head has loss weight 0 and its probability goes through the Multiply block into the joint head, pCTCVR = pCTR x pCVR, whose labels (clicked and converted) exist for every impression.</source>
        <translation>pCVR。它的标签只存在于被点击的曝光上，因此 ESMM 不给它标签：画布上 cvr 任务头的损失权重为 0，其概率经过“相乘”模块进入联合任务头 pCTCVR = pCTR x pCVR，而后者的标签（点击并转化）在每次曝光上都存在。</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>观察要点</translation>
    </message>
    <message>
        <source>&lt;p&gt;The two losses, CTR and CTCVR, are both over all impressions, so the pCVR tower sees every user and its predictions are not confined to clickers.&lt;/p&gt;&lt;p&gt;Does that remove a bias here? The data is a synthetic funnel in which the users who click have conversion features 1.1 standard deviations above the rest (selection bias 1). Measured over 10 seeds (mtlstudio-cli esmm-bias, README), a CVR model trained on clicked rows only scores AUC 0.717 on all impressions and ESMM 0.720: a difference of +0.003 &amp;plusmn; 0.011, no measurable gain. Both depend on the features only, so p(conversion | click, x) is what both estimate; ESMM&apos;s paper gain comes from sparse clicks and what the features do not show.&lt;/p&gt;&lt;p&gt;The towers share their embeddings and bottom layers, so the plentiful click data also helps the rare conversion task.&lt;/p&gt;&lt;p&gt;In the Results panel, the pCVR head&apos;s row has no AUC and no examples: it has no labels of its own. The other two rows are pCTR and pCTCVR, both measured on every test example.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CTR 和 CTCVR 两个损失都基于全部曝光，因此 pCVR 塔能看到每个用户，其预测不局限于点击过的用户。&lt;/p&gt;&lt;p&gt;这在这里能消除偏差吗？数据是一个合成漏斗，其中点击用户的转化特征比其余用户高 1.1 个标准差（选择偏差 1）。在 10 个种子上测量（mtlstudio-cli esmm-bias，见 README），只在点击行上训练的 CVR 模型在全部曝光上的 AUC 为 0.717，ESMM 为 0.720：差异为 +0.003 &amp;plusmn; 0.011，没有可测量的收益。两者都只依赖特征，因此估计的都是 p(转化 | 点击, x)；ESMM 论文中的收益来自稀疏的点击以及特征未能反映的信息。&lt;/p&gt;&lt;p&gt;各塔共享嵌入和底层，因此充足的点击数据也有助于稀少的转化任务。&lt;/p&gt;&lt;p&gt;在“结果”面板中，pCVR 任务头那一行没有 AUC，也没有样本数：它没有自己的标签。另外两行是 pCTR 和 pCTCVR，都在每个测试样本上测量。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The precomputed results %1 cannot be read.</source>
        <translation>无法读取预计算结果 %1。</translation>
    </message>
    <message>
        <source>The precomputed results %1 cannot be read: %2</source>
        <translation>无法读取预计算结果 %1：%2</translation>
    </message>
</context>
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
        <source>input of the shared experts</source>
        <translation>共享专家的输入</translation>
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
    <message>
        <source>another node has the same name</source>
        <translation>另一个模块同名</translation>
    </message>
    <message>
        <source>unknown block type</source>
        <translation>未知的模块类型</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is missing or of the wrong kind</source>
        <translation>参数“%1”缺失或类型错误</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; = %2 is outside %3</source>
        <translation>参数“%1” = %2 超出范围 %3</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; needs at least one value</source>
        <translation>参数“%1”至少需要一个值</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; value %2 is outside %3</source>
        <translation>参数“%1”的值 %2 超出范围 %3</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; = &apos;%2&apos; is not one of the allowed values</source>
        <translation>参数“%1” = “%2”不是允许的取值</translation>
    </message>
    <message>
        <source>has no parameter &apos;%1&apos;</source>
        <translation>没有参数“%1”</translation>
    </message>
    <message>
        <source>no such output port (edge to &apos;%1&apos;)</source>
        <translation>没有这个输出端口（连向“%1”的连线）</translation>
    </message>
    <message>
        <source>no such input port (edge from &apos;%1&apos;)</source>
        <translation>没有这个输入端口（来自“%1”的连线）</translation>
    </message>
    <message>
        <source>expects %1 but &apos;%2&apos; gives %3</source>
        <translation>需要 %1，但“%2”输出的是 %3</translation>
    </message>
    <message>
        <source>an input port takes one edge only</source>
        <translation>一个输入端口只能接一条连线</translation>
    </message>
    <message>
        <source>is part of a cycle (a block cannot feed itself)</source>
        <translation>处于环路中（模块不能反馈给自身）</translation>
    </message>
    <message>
        <source>required input is not connected</source>
        <translation>必需的输入未连接</translation>
    </message>
    <message>
        <source>the task needs a name</source>
        <translation>任务需要一个名称</translation>
    </message>
    <message>
        <source>task name &apos;%1&apos; is already used by node &apos;%2&apos;</source>
        <translation>任务名“%1”已被模块“%2”使用</translation>
    </message>
    <message>
        <source>the graph has no task head: add a Binary or Regression task block</source>
        <translation>模型图没有任务头：请添加二分类或回归任务模块</translation>
    </message>
    <message>
        <source>the graph has no input block</source>
        <translation>模型图没有输入模块</translation>
    </message>
    <message>
        <source>its output is not used</source>
        <translation>其输出未被使用</translation>
    </message>
    <message>
        <source>needs at least one task</source>
        <translation>至少需要一个任务</translation>
    </message>
    <message>
        <source>each task&apos;s gate needs at least one expert: set &apos;specific&apos; or &apos;shared&apos; above 0</source>
        <translation>每个任务的门控至少需要一个专家：请将“specific”或“shared”设为大于 0</translation>
    </message>
    <message>
        <source>parameter &apos;units&apos; needs at least one value</source>
        <translation>参数“units”至少需要一个值</translation>
    </message>
    <message>
        <source>k = %1 must be between 1 and the number of experts (%2)</source>
        <translation>k = %1 必须介于 1 和专家数（%2）之间</translation>
    </message>
    <message>
        <source>gamma must be positive (it is the smooth-step&apos;s width)</source>
        <translation>gamma 必须为正数（它是平滑阶跃函数的宽度）</translation>
    </message>
    <message>
        <source>width %1 differs from in0&apos;s width %2</source>
        <translation>宽度 %1 与 in0 的宽度 %2 不同</translation>
    </message>
    <message>
        <source>experts of width %1 cannot be mixed with experts of width %2</source>
        <translation>宽度为 %1 的专家不能与宽度为 %2 的专家混合</translation>
    </message>
    <message>
        <source>the gate weighs %1 experts but %2 experts are connected</source>
        <translation>门控对 %1 个专家加权，但连接了 %2 个专家</translation>
    </message>
    <message>
        <source>width %1 differs from in0&apos;s width %2 (a cross-stitch unit mixes layers of equal width)</source>
        <translation>宽度 %1 与 in0 的宽度 %2 不同（交叉缝合单元只混合等宽的层）</translation>
    </message>
    <message>
        <source>width %1 differs from a&apos;s width %2 (tied layers must have the same shapes)</source>
        <translation>宽度 %1 与 a 的宽度 %2 不同（绑定的层必须形状相同）</translation>
    </message>
    <message>
        <source>a task head takes width 1 but gets width %1 (end the tower with a layer of 1 unit)</source>
        <translation>任务头需要宽度 1，但收到宽度 %1（请以 1 个单元的层结束塔）</translation>
    </message>
    <message>
        <source>the input has no features: choose the data in the Data dock (its widths are filled in from it)</source>
        <translation>输入没有特征：请在“数据”面板中选择数据（宽度会据此自动填入）</translation>
    </message>
    <message>
        <source>its input comes through a ReLU in &apos;%1&apos; and can never be negative: set the output activation of &apos;%1&apos; to identity</source>
        <translation>其输入经过“%1”中的 ReLU，永远不会为负：请把“%1”的输出激活设为恒等（identity）</translation>
    </message>
    <message>
        <source>takes the prediction of task &apos;%1&apos; as input; a prediction feeding a gate, experts or another task&apos;s tower is almost surely a mistake (to combine predictions as ESMM does, multiply them with a Multiply block)</source>
        <translation>以任务“%1”的预测作为输入；把预测接入门控、专家或另一任务的塔几乎肯定是错误（若要像 ESMM 那样组合预测，请用“相乘”块把它们相乘）</translation>
    </message>
    <message>
        <source>%1 now ends in a layer of 1 unit without activation, as the task head &apos;%2&apos; needs</source>
        <translation>%1 现在以 1 个单元、无激活的层结尾，这是任务头“%2”所需要的</translation>
    </message>
    <message>
        <source>%1 now weighs %2 experts, as many as it mixes</source>
        <translation>%1 现在对 %2 个专家加权，与其混合的专家数相同</translation>
    </message>
    <message>
        <source>task %1&apos;s %2</source>
        <translation>任务 %1 的%2</translation>
    </message>
    <message>
        <source>mixed experts</source>
        <translation>混合后的专家</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>stitched activations</source>
        <translation>缝合后的激活值</translation>
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
    <message>
        <source>Train &lt;data&gt; (synthetic or census) from the window with the dashboard open, print the training time and the longest UI stall as JSON, and quit.</source>
        <translation>在打开仪表盘的窗口中用 &lt;data&gt;（synthetic 或 census）训练，以 JSON 输出训练时间和界面最长卡顿时间，然后退出。</translation>
    </message>
    <message>
        <source>Epochs for --bench-gui.</source>
        <translation>--bench-gui 的训练轮数。</translation>
    </message>
    <message>
        <source>Bring the dock &lt;name&gt; to the front (e.g. gatesDock; with --grab).</source>
        <translation>将停靠窗口 &lt;name&gt; 置于最前（例如 gatesDock；配合 --grab 使用）。</translation>
    </message>
    <message>
        <source>With --bench-gui: then inspect the run in the Inspect dock by each of the comma-separated &lt;columns&gt;, print the times and the longest UI stall as JSON (with --grab, also a screenshot of each view).</source>
        <translation>与 --bench-gui 一起使用：随后在“分析”面板中依次按逗号分隔的 &lt;columns&gt; 中的每一列分析该运行，以 JSON 输出各项耗时和界面最长卡顿时间（配合 --grab 时，还会为每个视图截图）。</translation>
    </message>
</context>
<context>
    <name>mtl::ui</name>
    <message>
        <source>Enter a value from %1 to %2; the value stays %3.</source>
        <translation>请输入 %1 到 %2 之间的值；当前值仍为 %3。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number. Enter a value from %2 to %3; the value stays %4.</source>
        <translation>“%1”不是数字。请输入 %2 到 %3 之间的值；当前值仍为 %4。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number. Enter one from %2 to %3; the value stays %4.</source>
        <translation>“%1”不是整数。请输入 %2 到 %3 之间的整数；当前值仍为 %4。</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range, %2 to %3: the value stays %4.</source>
        <translation>%1 超出允许范围（%2 到 %3）：当前值仍为 %4。</translation>
    </message>
    <message>
        <source>%1 has more than %n decimal place(s): the value stays %2.</source>
        <translation>%1 的小数位多于 %n 位：当前值仍为 %2。</translation>
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
    <name>mtl::ui::ClassroomMode</name>
    <message>
        <source>&amp;Classroom Mode</source>
        <translation>课堂模式(&amp;C)</translation>
    </message>
    <message>
        <source>Hide the advanced controls chosen in the classroom mode settings</source>
        <translation>隐藏在课堂模式设置中选定的高级控件</translation>
    </message>
    <message>
        <source>Classroom Mode &amp;Settings…</source>
        <translation>课堂模式设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose which controls classroom mode hides</source>
        <translation>选择课堂模式要隐藏的控件</translation>
    </message>
    <message>
        <source>Classroom Mode Settings</source>
        <translation>课堂模式设置</translation>
    </message>
    <message>
        <source>Classroom mode hides these controls. The choice is saved in the project.</source>
        <translation>课堂模式会隐藏这些控件。该选择保存在项目中。</translation>
    </message>
    <message>
        <source>Classroom mode &amp;on</source>
        <translation>开启课堂模式(&amp;O)</translation>
    </message>
</context>
<context>
    <name>mtl::ui::CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>File: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>文件：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>竖线（ | ）</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>The character that separates the fields of a record</source>
        <translation>分隔一条记录中各字段的字符</translation>
    </message>
    <message>
        <source>Without a header the columns are called column1, column2, …</source>
        <translation>没有表头时，各列命名为 column1、column2、…</translation>
    </message>
    <message>
        <source>Share of the rows (drawn at random) used for validation</source>
        <translation>随机抽取用于验证的行所占比例</translation>
    </message>
    <message>
        <source>Share of the rows (drawn at random) held out for the final test</source>
        <translation>随机抽取留作最终测试的行所占比例</translation>
    </message>
    <message>
        <source>Seed of the random split into training, validation and test rows</source>
        <translation>将行随机划分为训练、验证和测试集的种子</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>验证：</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>测试：</translation>
    </message>
    <message>
        <source>Split seed:</source>
        <translation>划分种子：</translation>
    </message>
    <message>
        <source>The first rows of the file; choose a role for each column in the first row</source>
        <translation>文件的前几行；在第一行为每一列选择角色</translation>
    </message>
    <message>
        <source>Each label column is one task (binary: 0/1, true/false, yes/no; regression: numbers); rename the task in the second row. Numeric columns are standardised, categorical ones one-hot encoded.</source>
        <translation>每个标签列是一个任务（二分类：0/1、true/false、yes/no；回归：数值）；可在第二行重命名任务。数值列会被标准化，类别列采用独热编码。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Load the whole file with these roles</source>
        <translation>按这些角色加载整个文件</translation>
    </message>
    <message>
        <source>The file holds no data rows.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n row(s).</source>
        <translation>
            <numerusform>前 %n 行的预览。</numerusform>
        </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>What each column is used for</source>
        <translation>每一列的用途</translation>
    </message>
    <message>
        <source>The task a label column defines</source>
        <translation>标签列定义的任务</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>文件第 %1 行</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>A number per row (empty: missing), standardised</source>
        <translation>每行一个数值（空：缺失），会被标准化</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Text values, one-hot encoded (values first seen outside training share one code)</source>
        <translation>文本值，独热编码（训练集中未出现的值共用一个编码）</translation>
    </message>
    <message>
        <source>Binary label</source>
        <translation>二分类标签</translation>
    </message>
    <message>
        <source>The label of a binary task: 0/1, true/false or yes/no (empty: no label)</source>
        <translation>二分类任务的标签：0/1、true/false 或 yes/no（空：无标签）</translation>
    </message>
    <message>
        <source>Regression label</source>
        <translation>回归标签</translation>
    </message>
    <message>
        <source>The label of a regression task: a number (empty: no label)</source>
        <translation>回归任务的标签：数值（空：无标签）</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>不使用</translation>
    </message>
    <message>
        <source>Role of column &apos;%1&apos;</source>
        <translation>列“%1”的角色</translation>
    </message>
    <message>
        <source>Name of the task labelled by column &apos;%1&apos;</source>
        <translation>由列“%1”标注的任务名称</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Choose a label role for at least one column: each label column defines a task.</source>
        <translation>请至少为一列选择标签角色：每个标签列定义一个任务。</translation>
    </message>
    <message>
        <source>Validation and test together must leave rows for training.</source>
        <translation>验证集和测试集合计后必须为训练留下数据行。</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 / %3 rows (train / validation / test), %n task(s)</source>
        <translation>
            <numerusform>%1 / %2 / %3 行（训练 / 验证 / 测试），%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines at the top of the file that are neither column names nor data (e.g. a line giving the number of rows)</source>
        <translation>文件开头既不是列名也不是数据的行（例如给出行数的一行）</translation>
    </message>
    <message>
        <source>Column names on line</source>
        <translation>列名所在行</translation>
    </message>
    <message>
        <source>The line of the file that holds the column names</source>
        <translation>文件中包含列名的那一行</translation>
    </message>
    <message>
        <source>Skip lines at the top:</source>
        <translation>跳过开头的行数：</translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation>停止加载(&amp;S)</translation>
    </message>
    <message>
        <source>Stop reading the file; the dialog stays open</source>
        <translation>停止读取文件；对话框保持打开</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields above rows of %3, so it is not the column names: it is skipped.</source>
        <translation>第 %1 行有 %2 个字段，而下面的行有 %3 个，因此它不是列名：已跳过。</translation>
    </message>
    <message>
        <source>Line %1 holds only numbers above a line of names: it is skipped.</source>
        <translation>第 %1 行只有数字，且位于一行名称之上：已跳过。</translation>
    </message>
    <message>
        <source>Line %1 starts with numbers and has names above columns of numbers (such as a row count and class names), so it is not the column names: it is skipped.</source>
        <translation>第 %1 行以数字开头，并在数字列之上给出名称（如行数和类别名），因此它不是列名：已跳过。</translation>
    </message>
    <message>
        <source>Column names on line %1.</source>
        <translation>列名在第 %1 行。</translation>
    </message>
    <message>
        <source>No line of column names.</source>
        <translation>没有列名行。</translation>
    </message>
    <message>
        <source>Change it above if this is wrong.</source>
        <translation>如有误，请在上方修改。</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>已跳过：%1。</translation>
    </message>
    <message>
        <source>Roles guessed from all %1 rows.</source>
        <translation>角色根据全部 %1 行推断。</translation>
    </message>
    <message>
        <source>Roles guessed from the first %1 rows.</source>
        <translation>角色根据前 %1 行推断。</translation>
    </message>
    <message numerus="yes">
        <source>Lines without %2 fields: %n of the %1 read (the first: line %3). Loading stops at such a line: check the delimiter and the lines to skip.</source>
        <translation>
            <numerusform>不是 %2 个字段的行：已读取的 %1 行中有 %n 行（第一处：第 %3 行）。加载会在这样的行停止：请检查分隔符和要跳过的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 of the file: %2 fields, expected %3</source>
        <translation>文件第 %1 行：%2 个字段，应为 %3 个</translation>
    </message>
    <message numerus="yes">
        <source>One task per class (%n tasks)</source>
        <translation>
            <numerusform>每个类别一个任务（%n 个任务）</numerusform>
        </translation>
    </message>
    <message>
        <source>A binary task for each value (one-vs-rest): %1</source>
        <translation>每个取值一个二分类任务（一对其余）：%1</translation>
    </message>
    <message>
        <source>Binary: value = %1</source>
        <translation>二分类：值 = %1</translation>
    </message>
    <message numerus="yes">
        <source>One binary task: 1 where the value is %1 (%n row(s) of the sample), else 0</source>
        <translation>
            <numerusform>一个二分类任务：值为 %1 时为 1（样本中 %n 行），否则为 0</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (tasks %1=…)</source>
        <translation>%1（任务 %1=…）</translation>
    </message>
    <message>
        <source>Loading stopped. Nothing was imported; your choices are kept.</source>
        <translation>已停止加载。未导入任何内容；您的选择已保留。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>mtl::ui::DataPanel</name>
    <message>
        <source>Synthetic (MMoE paper)</source>
        <translation>合成数据（MMoE 论文）</translation>
    </message>
    <message>
        <source>Census-income (KDD)</source>
        <translation>Census-income（KDD）</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>Where the training data comes from</source>
        <translation>训练数据的来源</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Task correlation p: the cosine of the two tasks&apos; weight vectors (-1 to 1)</source>
        <translation>任务相关性 p：两个任务权重向量夹角的余弦（-1 到 1）</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to each label</source>
        <translation>加到每个标签上的高斯噪声的标准差</translation>
    </message>
    <message>
        <source>Number of training rows (the validation and test rows come on top)</source>
        <translation>训练行数（验证行和测试行另计）</translation>
    </message>
    <message>
        <source>Input dimension d: the number of Gaussian input features</source>
        <translation>输入维度 d：高斯输入特征的个数</translation>
    </message>
    <message>
        <source>Seed of the random draws: the same seed gives the same data</source>
        <translation>随机抽样的种子：相同的种子生成相同的数据</translation>
    </message>
    <message>
        <source>Binary labels</source>
        <translation>二值标签</translation>
    </message>
    <message>
        <source>Threshold each label at its training median: two binary classification tasks instead of regression</source>
        <translation>以训练集中位数为阈值对每个标签二值化：得到两个二分类任务而非回归任务</translation>
    </message>
    <message>
        <source>Pearson correlation of the two tasks&apos; labels on the generated training rows. The sinusoids in the labels make it lower than p; it also depends on the seed.</source>
        <translation>生成的训练行上两个任务标签的皮尔逊相关系数。标签中的正弦项使其低于 p，它也取决于种子。</translation>
    </message>
    <message>
        <source>Task correlation &amp;p:</source>
        <translation>任务相关性 &amp;p：</translation>
    </message>
    <message>
        <source>Measured correlation:</source>
        <translation>实测相关性：</translation>
    </message>
    <message>
        <source>&amp;Noise std:</source>
        <translation>噪声标准差(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Training rows:</source>
        <translation>训练行数(&amp;T)：</translation>
    </message>
    <message>
        <source>Input &amp;dimension d:</source>
        <translation>输入维度 d(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Two tasks as in Ma et al., KDD 2018 (Sec. 3.2): labels are linear in the inputs plus sinusoids, with weight vectors at cosine p.</source>
        <translation>与 Ma 等人（KDD 2018，第 3.2 节）相同的两个任务：标签是输入的线性函数加上正弦项，两个权重向量夹角的余弦为 p。</translation>
    </message>
    <message>
        <source>Folder with census-income.data.gz</source>
        <translation>包含 census-income.data.gz 的文件夹</translation>
    </message>
    <message>
        <source>The folder holding census-income.data and census-income.test (plain or .gz)</source>
        <translation>存放 census-income.data 和 census-income.test（纯文本或 .gz）的文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the folder with the census-income files</source>
        <translation>选择存放 census-income 文件的文件夹</translation>
    </message>
    <message>
        <source>1: income &gt; 50K, never married</source>
        <translation>1：收入 &gt; 50K，未婚</translation>
    </message>
    <message>
        <source>2: college education, never married</source>
        <translation>2：大学学历，未婚</translation>
    </message>
    <message>
        <source>The MMoE paper&apos;s task groups: group 1 has the weaker task correlation of the two</source>
        <translation>MMoE 论文中的任务组：第 1 组的任务相关性较弱</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Use only the first training rows, for quick runs (all: 199,523)</source>
        <translation>只使用前若干训练行，便于快速运行（全部：199,523）</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Task &amp;group:</source>
        <translation>任务组(&amp;G)：</translation>
    </message>
    <message>
        <source>Max training &amp;rows:</source>
        <translation>最大训练行数(&amp;R)：</translation>
    </message>
    <message>
        <source>Training rows come from census-income.data; census-income.test is split 1:1 into validation and test rows. Education and marital status are not inputs.</source>
        <translation>训练行来自 census-income.data；census-income.test 按 1:1 划分为验证行和测试行。教育程度和婚姻状况不作为输入。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>The CSV file the run trains on</source>
        <translation>训练所用的 CSV 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose a CSV file and set the role of each column</source>
        <translation>选择 CSV 文件并设置每一列的角色</translation>
    </message>
    <message>
        <source>Edit &amp;columns…</source>
        <translation>编辑列(&amp;C)…</translation>
    </message>
    <message>
        <source>Change the delimiter, the split or the role of each column</source>
        <translation>更改分隔符、数据划分或每一列的角色</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Each label column is one task; numeric columns are standardised and categorical ones one-hot encoded with training statistics.</source>
        <translation>每个标签列是一个任务；数值列按训练集统计量标准化，类别列采用独热编码。</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>undefined (a label is constant)</source>
        <translation>未定义（某个标签为常数）</translation>
    </message>
    <message>
        <source>%1 (first %2 rows)</source>
        <translation>%1（前 %2 行）</translation>
    </message>
    <message>
        <source>Folder with the census-income files</source>
        <translation>存放 census-income 文件的文件夹</translation>
    </message>
    <message>
        <source>Get census-income.data.gz and census-income.test.gz from the &lt;a href=&quot;https://archive.ics.uci.edu/dataset/117/census+income+kdd&quot;&gt;UCI Machine Learning Repository&lt;/a&gt; (Census-Income (KDD)) and choose their folder.</source>
        <translation>请从 &lt;a href=&quot;https://archive.ics.uci.edu/dataset/117/census+income+kdd&quot;&gt;UCI 机器学习库&lt;/a&gt;（Census-Income (KDD)）获取 census-income.data.gz 和 census-income.test.gz，然后选择它们所在的文件夹。</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>该文件夹不存在。</translation>
    </message>
    <message>
        <source>No census-income.data(.gz) in this folder.</source>
        <translation>该文件夹中没有 census-income.data(.gz)。</translation>
    </message>
    <message>
        <source>Found %1, but not census-income.test(.gz), which gives the validation and test rows.</source>
        <translation>找到了 %1，但没有提供验证行和测试行的 census-income.test(.gz)。</translation>
    </message>
    <message>
        <source>✓ Found %1 and %2.</source>
        <translation>✓ 已找到 %1 和 %2。</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file: a preview lets you set the role of each column.</source>
        <translation>请选择文件：在预览中可以设置每一列的角色。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>%1 (binary)</source>
        <translation>%1（二分类）</translation>
    </message>
    <message>
        <source>%1 (regression)</source>
        <translation>%1（回归）</translation>
    </message>
    <message>
        <source>Column roles inferred when loading (the last column is the label).</source>
        <translation>列角色在加载时推断（最后一列为标签）。</translation>
    </message>
    <message numerus="yes">
        <source>Inputs: %1 numeric, %2 categorical; %n ignored.</source>
        <translation>
            <numerusform>输入：%1 个数值列，%2 个类别列；忽略 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <source>Split: %1 % training, %2 % validation, %3 % test.</source>
        <translation>划分：训练 %1 %，验证 %2 %，测试 %3 %。</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>已检查：%1</translation>
    </message>
    <message>
        <source>Synthetic data: p = %1 (measured %2), d = %3, %4 training rows, binary tasks</source>
        <translation>合成数据：p = %1（实测 %2），d = %3，%4 个训练行，二分类任务</translation>
    </message>
    <message>
        <source>Synthetic data: p = %1 (measured %2), d = %3, %4 training rows, regression tasks</source>
        <translation>合成数据：p = %1（实测 %2），d = %3，%4 个训练行，回归任务</translation>
    </message>
    <message>
        <source>education and marital status</source>
        <translation>教育程度和婚姻状况</translation>
    </message>
    <message>
        <source>income and marital status</source>
        <translation>收入和婚姻状况</translation>
    </message>
    <message>
        <source>Census-income group %1 (%2), first %3 training rows</source>
        <translation>Census-income 第 %1 组（%2），前 %3 个训练行</translation>
    </message>
    <message>
        <source>Census-income group %1 (%2)</source>
        <translation>Census-income 第 %1 组（%2）</translation>
    </message>
    <message>
        <source>CSV file: none chosen</source>
        <translation>CSV 文件：未选择</translation>
    </message>
    <message>
        <source>CSV file %1, roles inferred</source>
        <translation>CSV 文件 %1，角色自动推断</translation>
    </message>
    <message numerus="yes">
        <source>CSV file %1 with %n task(s)</source>
        <translation>
            <numerusform>CSV 文件 %1，%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>The census-income files were not found: choose their folder.</source>
        <translation>未找到 census-income 文件：请选择它们所在的文件夹。</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>请选择 CSV 文件。</translation>
    </message>
    <message>
        <source>The CSV file %1 does not exist.</source>
        <translation>CSV 文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Click → conversion funnel (ESMM)</source>
        <translation>点击 → 转化漏斗（ESMM）</translation>
    </message>
    <message>
        <source>Selection-bias strength: how much the features that drive clicks also drive conversion (0: clicked and unclicked users have the same conversion features)</source>
        <translation>选择偏差强度：驱动点击的特征在多大程度上也驱动转化（0：点击与未点击用户的转化特征相同）</translation>
    </message>
    <message>
        <source>Mean click probability over all impressions</source>
        <translation>全部曝光上的平均点击概率</translation>
    </message>
    <message>
        <source>Mean conversion propensity over all impressions (observed only after a click)</source>
        <translation>全部曝光上的平均转化倾向（仅在点击后才能观察到）</translation>
    </message>
    <message>
        <source>Number of training impressions (the validation and test rows come on top)</source>
        <translation>训练曝光数（验证行和测试行另计）</translation>
    </message>
    <message>
        <source>Selection &amp;bias:</source>
        <translation>选择偏差(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Click rate:</source>
        <translation>点击率(&amp;C)：</translation>
    </message>
    <message>
        <source>Con&amp;version rate:</source>
        <translation>转化率(&amp;V)：</translation>
    </message>
    <message>
        <source>Impressions → clicks → conversions for ESMM (Ma et al., SIGIR 2018): tasks click and click_and_conversion; a conversion is observed only after a click.</source>
        <translation>用于 ESMM（Ma 等，SIGIR 2018）的曝光 → 点击 → 转化数据：任务为 click 和 click_and_conversion；转化只在点击之后才能观察到。</translation>
    </message>
    <message>
        <source>Funnel data: selection bias %1, click rate %2, conversion rate %3, d = %4, %5 training rows</source>
        <translation>漏斗数据：选择偏差 %1，点击率 %2，转化率 %3，d = %4，%5 个训练行</translation>
    </message>
</context>
<context>
    <name>mtl::ui::DataSchemaProbe</name>
    <message>
        <source>synthetic data (d = %1)</source>
        <translation>合成数据（d = %1）</translation>
    </message>
    <message>
        <source>census-income group %1</source>
        <translation>census-income 第 %1 组</translation>
    </message>
    <message>
        <source>funnel data (d = %1)</source>
        <translation>漏斗数据（d = %1）</translation>
    </message>
</context>
<context>
    <name>mtl::ui::ExperimentModel</name>
    <message>
        <source>No finite values.</source>
        <translation>没有有限值。</translation>
    </message>
    <message>
        <source>mean %1, standard deviation %2, 95% CI %3 to %4, range %5 to %6, n = %7</source>
        <translation>均值 %1，标准差 %2，95% CI %3 到 %4，范围 %5 到 %6，n = %7</translation>
    </message>
    <message>
        <source>graph %1</source>
        <translation>模型图 %1</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 failed or diverged</source>
        <translation>
            <numerusform>%n 次运行，其中 %1 次失败或发散</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1（%2 次失败）</translation>
    </message>
    <message>
        <source>The run with the best test score: %1</source>
        <translation>测试得分最佳的运行：%1</translation>
    </message>
    <message>
        <source>Chosen by mean validation score among the settings of this architecture and data</source>
        <translation>在该架构和数据的各设置中按平均验证得分选出</translation>
    </message>
    <message>
        <source>The data setting of the group</source>
        <translation>该组的数据设置</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Optimizer, learning rate, batch size, epochs, loss weights</source>
        <translation>优化器、学习率、批大小、轮数、损失权重</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Runs (seeds) in the group</source>
        <translation>组内的运行次数（种子数）</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
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
        <translation>任务 %2 的测试 %1：均值 ± 95% 置信区间（Student t 分布）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mean over tasks of the test metric: mean ± 95% confidence interval</source>
        <translation>测试指标的各任务平均值：均值 ± 95% 置信区间</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Seed of the run with the best test score</source>
        <translation>测试得分最佳的运行所用的种子</translation>
    </message>
    <message>
        <source>Best seed</source>
        <translation>最佳种子</translation>
    </message>
    <message>
        <source>Selected by validation (the setting whose test metrics are reported)</source>
        <translation>按验证选出（报告其测试指标的设置）</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>入选</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Task conflict was not measured (sweep option --conflict-every).</source>
        <translation>未测量任务冲突（扫描选项 --conflict-every）。</translation>
    </message>
    <message>
        <source>Mean cosine of the tasks&apos; gradients on the shared parameters: %1. Share of measured steps with a pair of tasks below 0: %2.</source>
        <translation>各任务在共享参数上梯度的平均余弦：%1。存在一对任务余弦低于 0 的测量步占比：%2。</translation>
    </message>
    <message>
        <source>Task conflict: the runs&apos; mean cosine of the tasks&apos; gradients on the shared parameters, mean ± 95% confidence interval</source>
        <translation>任务冲突：各次运行中任务在共享参数上梯度的平均余弦，均值 ± 95% 置信区间</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>mtl::ui::ExperimentsPanel</name>
    <message>
        <source>One row per group of runs (every setting but the seed); double-click a row to list its runs and open one</source>
        <translation>每组运行占一行（组内除种子外所有设置均相同）；双击一行可列出其运行并打开其中一次</translation>
    </message>
    <message>
        <source>Paired differences between architectures over the seeds both ran (same data and split per seed): a confidence interval that excludes 0 is a difference that holds</source>
        <translation>各架构之间在双方都运行过的种子上的配对差异（每个种子的数据和划分相同）：置信区间不包含 0 的差异才是成立的差异</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What the plot shows against the swept data parameter: a test metric, or how differently the tasks&apos; gates use the experts</source>
        <translation>图中随所扫描的数据参数显示的量：某项测试指标，或各任务门控使用专家的差异程度</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>One line per architecture at its setting chosen by validation, with its 95% confidence interval shaded</source>
        <translation>每个架构一条曲线（采用按验证选出的设置），阴影表示其 95% 置信区间</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Run opened: %1</source>
        <translation>已打开运行：%1</translation>
    </message>
    <message>
        <source>The experiments of this project; the results show the one chosen here</source>
        <translation>本项目的实验；结果中显示此处所选的实验</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the chosen experiment and its results from the project</source>
        <translation>从项目中移除所选实验及其结果</translation>
    </message>
    <message>
        <source>E&amp;xperiment:</source>
        <translation>实验(&amp;X)：</translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation>新建实验</translation>
    </message>
    <message>
        <source>Experiment %1</source>
        <translation>实验 %1</translation>
    </message>
    <message>
        <source>A name for the new experiment (empty: numbered)</source>
        <translation>新实验的名称（留空：自动编号）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The architectures to compare: tick one or more templates, or the graph being edited</source>
        <translation>要比较的架构：勾选一个或多个模板，或正在编辑的模型图</translation>
    </message>
    <message>
        <source>Current graph</source>
        <translation>当前模型图</translation>
    </message>
    <message>
        <source>The graph in the editor, as it is when the experiment starts</source>
        <translation>编辑器中的模型图，以实验开始时的状态为准</translation>
    </message>
    <message>
        <source>&amp;Architectures:</source>
        <translation>架构(&amp;A)：</translation>
    </message>
    <message>
        <source>Synthetic (sweep task correlation p)</source>
        <translation>合成数据（扫描任务相关性 p）</translation>
    </message>
    <message>
        <source>Census-income (groups)</source>
        <translation>Census-income（任务组）</translation>
    </message>
    <message>
        <source>The data of every run: the MMoE paper&apos;s synthetic generator, whose task correlation is swept, or census-income</source>
        <translation>每次运行的数据：MMoE 论文的合成数据生成器（扫描其任务相关性），或 census-income</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>数据(&amp;D)：</translation>
    </message>
    <message>
        <source>Task correlations p to sweep, a comma-separated list of numbers from -1 to 1</source>
        <translation>要扫描的任务相关性 p：以逗号分隔的数值列表，取值 -1 到 1</translation>
    </message>
    <message>
        <source>Correlations &amp;p:</source>
        <translation>相关性 &amp;p：</translation>
    </message>
    <message>
        <source>Synthetic training rows per run (validation and test: 2,000 each)</source>
        <translation>每次运行的合成训练行数（验证和测试：各 2,000 行）</translation>
    </message>
    <message>
        <source>Training &amp;rows:</source>
        <translation>训练行数(&amp;R)：</translation>
    </message>
    <message>
        <source>Census-income task groups: 1 (income, marital status), 2 (education, marital status), or both: 1, 2</source>
        <translation>Census-income 任务组：1（收入、婚姻状况）、2（教育程度、婚姻状况），或两者：1, 2</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>任务组(&amp;G)：</translation>
    </message>
    <message>
        <source>Learning rates, a comma-separated list (e.g. 1e-4, 1e-3, 1e-2); with several, each architecture&apos;s is chosen by validation</source>
        <translation>学习率，以逗号分隔的列表（例如 1e-4, 1e-3, 1e-2）；给出多个时，每个架构的学习率按验证选出</translation>
    </message>
    <message>
        <source>&amp;Learning rates:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <source>Runs per cell (seeds 1 to N): the confidence intervals need at least 2</source>
        <translation>每个网格单元的运行次数（种子 1 到 N）：置信区间至少需要 2 次</translation>
    </message>
    <message>
        <source>&amp;Seeds:</source>
        <translation>种子数(&amp;S)：</translation>
    </message>
    <message>
        <source>Epochs of every run (the best validation epoch&apos;s weights are kept)</source>
        <translation>每次运行的轮数（保留验证结果最佳一轮的权重）</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>轮数(&amp;E)：</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Check the grid and run it as a new experiment, one run per core</source>
        <translation>检查网格并作为新实验运行，每个核心执行一次运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the experiment; the runs that finished are kept</source>
        <translation>停止实验；已完成的运行会保留</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Run the cells of the chosen experiment that have not finished</source>
        <translation>运行所选实验中尚未完成的网格单元</translation>
    </message>
    <message>
        <source>Runs finished of the runs this session set out to do</source>
        <translation>本次会话计划的运行中已完成的次数</translation>
    </message>
    <message>
        <source>Progress and time left of the running experiment</source>
        <translation>正在运行的实验的进度和剩余时间</translation>
    </message>
    <message>
        <source>Why the grid was refused or the experiment failed</source>
        <translation>网格被拒绝或实验失败的原因</translation>
    </message>
    <message>
        <source>The grid is refused: there is no current graph.</source>
        <translation>网格被拒绝：没有当前模型图。</translation>
    </message>
    <message>
        <source>The grid is refused: %1</source>
        <translation>网格被拒绝：%1</translation>
    </message>
    <message numerus="yes">
        <source>Starting %n run(s)…</source>
        <translation>
            <numerusform>正在启动 %n 次运行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 runs done</source>
        <translation>正在继续：已完成 %1 / %2 次运行</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 of %2 runs, %3 elapsed, %4 left</source>
        <translation>%1 / %2 次运行，已用 %3，剩余 %4</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n run(s).</source>
        <translation>
            <numerusform>已完成：%n 次运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 runs; Resume continues.</source>
        <translation>完成 %1 / %2 次运行后已取消；“继续”可接着运行。</translation>
    </message>
    <message>
        <source>The run could not be opened: %1</source>
        <translation>无法打开该运行：%1</translation>
    </message>
    <message>
        <source>The experiment failed: %1</source>
        <translation>实验失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 runs</source>
        <translation>%1 / %2 次运行</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Test AUC (mean over tasks)</source>
        <translation>测试 AUC（各任务平均）</translation>
    </message>
    <message>
        <source>Test loss (mean over tasks)</source>
        <translation>测试损失（各任务平均）</translation>
    </message>
    <message>
        <source>Test %1 of %2</source>
        <translation>%2 的测试 %1</translation>
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
        <translation>门控散度（平均门控的 JS）</translation>
    </message>
    <message>
        <source>Gate divergence (per-example JS)</source>
        <translation>门控散度（逐样本 JS）</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <source>%1: no values (a model without gates has no gate divergence)</source>
        <translation>%1：没有数值（没有门控的模型不存在门控散度）</translation>
    </message>
    <message>
        <source>Task correlation p</source>
        <translation>任务相关性 p</translation>
    </message>
    <message>
        <source>Data setting</source>
        <translation>数据设置</translation>
    </message>
    <message>
        <source>%1 95% CI</source>
        <translation>%1 95% CI</translation>
    </message>
    <message>
        <source>Runs of %1, %2</source>
        <translation>%1 在 %2 上的运行</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Validation score</source>
        <translation>验证得分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The runs of this group, one per seed (test metrics)</source>
        <translation>该组的运行，每个种子一次（测试指标）</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>打开运行</translation>
    </message>
    <message>
        <source>Train the selected run again (the same result: its seed fixes it) with its curves, gates and weights, and add it to the Runs list</source>
        <translation>重新训练所选运行（结果相同：由其种子决定），得到其曲线、门控和权重，并将其加入“运行记录”列表</translation>
    </message>
    <message>
        <source>An experiment is running: open the run when it has finished.</source>
        <translation>有实验正在运行：请在其完成后再打开该运行。</translation>
    </message>
    <message>
        <source>%1: %2, %3, seed %4</source>
        <translation>%1：%2，%3，种子 %4</translation>
    </message>
    <message>
        <source>Opening the run of seed %1…</source>
        <translation>正在打开种子 %1 的运行…</translation>
    </message>
    <message>
        <source>The grid cannot show the entry &apos;%1&apos;.</source>
        <translation>网格无法显示条目“%1”。</translation>
    </message>
</context>
<context>
    <name>mtl::ui::GateHeatmap</name>
    <message>
        <source>%1 → %2
mean weight %3 ± %4 (std over the validation set)
epoch %5</source>
        <translation>%1 → %2
平均权重 %3 ± %4（验证集上的标准差）
第 %5 轮</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>门控</translation>
    </message>
    <message>
        <source>mean ± std</source>
        <translation>均值 ± 标准差</translation>
    </message>
    <message>
        <source>Gate weights appear here after the first validation epoch.</source>
        <translation>第一轮验证结束后，门控权重将显示在这里。</translation>
    </message>
    <message>
        <source>This model has no gates.</source>
        <translation>此模型没有门控。</translation>
    </message>
    <message>
        <source>Mean gate weight</source>
        <translation>平均门控权重</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Scrub back through the epochs; at the right end the heatmap follows the latest epoch</source>
        <translation>拖动以回看各轮；位于最右端时，热力图跟随最新一轮</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Colour every heatmap on the same scale from 0 to 1, so that runs can be compared by eye (otherwise each run uses the range of its own weights)</source>
        <translation>所有热力图使用同一从 0 到 1 的颜色刻度，便于直接目视比较各次运行（否则每次运行使用其自身权重的范围）</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Fixed scale 0 to 1</source>
        <translation>固定刻度 0 到 1</translation>
    </message>
    <message>
        <source>Rows: each task&apos;s gate · Columns: experts · Colour: mean gate weight on the validation set</source>
        <translation>行：各任务的门控 · 列：专家 · 颜色：验证集上的平均门控权重</translation>
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
    <message>
        <source>%1 takes no more %2.</source>
        <translation>%1 不能再接收更多的 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %2 to %3 (and %n gate(s))</source>
        <translation>
            <numerusform>将 %2 的 %1 设为 %3（以及 %n 个门控）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 now has %n expert(s);</source>
        <translation>
            <numerusform>%1 现在有 %n 个专家；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n gate(s) of its mixtures follow: %1.</source>
        <translation>
            <numerusform>其混合层的 %n 个门控随之更改：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>k of %1 lowered to %2: it cannot exceed the number of experts.</source>
        <translation>%1 的 k 已降为 %2：k 不能超过专家数。</translation>
    </message>
    <message>
        <source>Not changed: %1 (its mixtures need different numbers of experts; see Problems).</source>
        <translation>未更改：%1（其混合层需要不同的专家数；见“问题”）。</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n block(s)</source>
        <translation>
            <numerusform>复制 %n 个块</numerusform>
        </translation>
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
    <message>
        <source>port %1: %2</source>
        <translation>端口 %1：%2</translation>
    </message>
    <message>
        <source>Release to connect to a new input</source>
        <translation>松开以连接到新的输入</translation>
    </message>
</context>
<context>
    <name>mtl::ui::GraphView</name>
    <message>
        <source>Drag blocks here from the palette (or press Shift+A), then drag from an output port to an input port to wire them.
Or start from a template: File &gt; New from Template.</source>
        <translation>从组件面板把块拖到这里（或按 Shift+A），然后从输出端口拖到输入端口进行连线。
或者从模板开始：文件 &gt; 从模板新建。</translation>
    </message>
</context>
<context>
    <name>mtl::ui::InspectPanel</name>
    <message>
        <source>The run to inspect: a finished run that kept its weights</source>
        <translation>要分析的运行：已完成且保留了权重的运行</translation>
    </message>
    <message>
        <source>Slice the validation rows by this column: a task&apos;s label, a feature, or a column that is not a model input (census-income: education, marital stat)</source>
        <translation>按此列对验证行切片：任务的标签、特征，或不作为模型输入的列（census-income：education、marital stat）</translation>
    </message>
    <message>
        <source>Quantile bins of a numeric column</source>
        <translation>数值列的分位数分箱数</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Inspect the run&apos;s gates and experts on the validation split</source>
        <translation>在验证集上分析该运行的门控和专家</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <source>Slice by:</source>
        <translation>切片依据：</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>分箱数：</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>The gate whose per-example weights are projected</source>
        <translation>对其逐样本权重进行投影的门控</translation>
    </message>
    <message>
        <source>What colours the dots</source>
        <translation>点的着色依据</translation>
    </message>
    <message>
        <source>Gate:</source>
        <translation>门控：</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <source>Drag a rectangle to select examples; click a dot to follow its example</source>
        <translation>拖出矩形以选择样本；点击某个点可跟踪其样本</translation>
    </message>
    <message>
        <source>Drag a rectangle on the map to select examples.</source>
        <translation>在投影图上拖出矩形以选择样本。</translation>
    </message>
    <message>
        <source>Double-click a row to follow it through the model</source>
        <translation>双击某一行，跟踪它在模型中的传递过程</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>投影图</translation>
    </message>
    <message>
        <source>A row of the validation split (0-based)</source>
        <translation>验证集中的一行（从 0 开始编号）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Validation row:</source>
        <translation>验证行：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>This run kept no weights: train it again</source>
        <translation>此运行未保留权重：请重新训练</translation>
    </message>
    <message>
        <source>Train a run first: its gates are inspected here.</source>
        <translation>请先训练一次运行：将在这里分析其门控。</translation>
    </message>
    <message>
        <source>This run kept no weights: train it again to inspect it.</source>
        <translation>此运行未保留权重：请重新训练后再分析。</translation>
    </message>
    <message>
        <source>Choose a column and press Inspect.</source>
        <translation>选择一列，然后按“分析”。</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>Loading the data…</source>
        <translation>正在加载数据…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Inspection cancelled.</source>
        <translation>已取消分析。</translation>
    </message>
    <message>
        <source>Could not inspect the run: %1</source>
        <translation>无法分析该运行：%1</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>预测误差：%1</translation>
    </message>
    <message>
        <source>Slice: %1</source>
        <translation>切片：%1</translation>
    </message>
    <message>
        <source>Feature: %1</source>
        <translation>特征：%1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1
n = %2</source>
        <translation>%1
n = %2</translation>
    </message>
    <message>
        <source>%1: mutual information between the slice and the top expert %2 bits; weighted JS divergence from the overall allocation %3 nats</source>
        <translation>%1：切片与权重最大的专家之间的互信息为 %2 比特；与总体分配之间的加权 JS 散度为 %3 奈特</translation>
    </message>
    <message numerus="yes">
        <source>Sliced by %1 (%n slices). </source>
        <translation>
            <numerusform>按 %1 切片（%n 个切片）。</numerusform>
        </translation>
    </message>
    <message>
        <source>PC 1 (variance %1)</source>
        <translation>主成分 1（方差 %1）</translation>
    </message>
    <message>
        <source>PC 2 (variance %1)</source>
        <translation>主成分 2（方差 %1）</translation>
    </message>
    <message>
        <source>No examples in the rectangle.</source>
        <translation>矩形内没有样本。</translation>
    </message>
    <message numerus="yes">
        <source>%n examples selected. Mean allocation of %1: %2</source>
        <translation>
            <numerusform>已选择 %n 个样本。%1 的平均分配：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>%1 (label %2)</source>
        <translation>%1（标签 %2）</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>门控</translation>
    </message>
    <message>
        <source>mixture norm %1</source>
        <translation>混合结果范数 %1</translation>
    </message>
    <message>
        <source>contribution norm %1</source>
        <translation>贡献范数 %1</translation>
    </message>
    <message>
        <source>Experts&apos; output norms</source>
        <translation>各专家输出的范数</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Similarity of the experts&apos; outputs (linear CKA)</source>
        <translation>专家输出之间的相似度（线性 CKA）</translation>
    </message>
    <message>
        <source>No near-duplicate experts (CKA above 0.95).</source>
        <translation>没有近乎重复的专家（CKA 高于 0.95）。</translation>
    </message>
    <message>
        <source>Near-duplicate experts (CKA above 0.95, framed): %1</source>
        <translation>近乎重复的专家（CKA 高于 0.95，已加框）：%1</translation>
    </message>
    <message>
        <source>Share of each gate&apos;s weight</source>
        <translation>各门控权重的占比</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>字段 %1</translation>
    </message>
    <message numerus="yes">
        <source>Input sensitivity on %n sampled rows: the mean change of the expert&apos;s output when the field is taken from another row, relative to the output&apos;s mean norm</source>
        <translation>
            <numerusform>基于 %n 个抽样行的输入敏感度：把该字段换成另一行的取值时专家输出的平均变化量，相对于输出的平均范数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tower output: %n values, norm %1</source>
        <translation>
            <numerusform>塔输出：%n 个值，范数 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>tower output: %1</source>
        <translation>塔输出：%1</translation>
    </message>
    <message>
        <source>Input fields each expert is most sensitive to:</source>
        <translation>各专家最敏感的输入字段：</translation>
    </message>
    <message numerus="yes">
        <source>%n validation rows in %1 s (slices %2 s, map %3 s, similarity %4 s, sensitivity %5 s on %6 rows).</source>
        <translation>
            <numerusform>%n 个验证样本，用时 %1 秒（切片 %2 秒，投影图 %3 秒，相似度 %4 秒，敏感度 %5 秒，基于 %6 个样本）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Data loaded in %1 s.</source>
        <translation>数据加载用时 %1 秒。</translation>
    </message>
    <message>
        <source>Data already loaded.</source>
        <translation>数据已加载。</translation>
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
    <message>
        <source>From %1 to %2.</source>
        <translation>从 %1 到 %2。</translation>
    </message>
    <message>
        <source>This block holds %1, outside the allowed range %2 to %3: enter a value in the range.</source>
        <translation>此块的值为 %1，超出允许范围 %2 到 %3：请输入范围内的值。</translation>
    </message>
</context>
<context>
    <name>mtl::ui::LearnCards</name>
    <message>
        <source>Single-task networks</source>
        <translation>单任务网络</translation>
    </message>
    <message>
        <source>Each task &lt;i&gt;k&lt;/i&gt; has its own network &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; from the input &lt;i&gt;x&lt;/i&gt; to its prediction: nothing is shared. It is the baseline every multi-task model is measured against: sharing helps a task when it beats its single-task network.</source>
        <translation>每个任务 &lt;i&gt;k&lt;/i&gt; 都有自己的网络 &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt;，从输入 &lt;i&gt;x&lt;/i&gt; 映射到其预测：不共享任何东西。它是衡量所有多任务模型的基线：只有当某个任务的表现优于其单任务网络时，共享才对它有帮助。</translation>
    </message>
    <message>
        <source>Shared-Bottom (hard parameter sharing)</source>
        <translation>共享底层（硬参数共享）</translation>
    </message>
    <message>
        <source>One bottom network &lt;i&gt;f&lt;/i&gt;, shared by all tasks, turns the input into a representation; each task&apos;s tower &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; reads it and predicts. Sharing acts as a regulariser when the tasks are related, and hurts them (negative transfer) when they are not.</source>
        <translation>一个由所有任务共享的底层网络 &lt;i&gt;f&lt;/i&gt; 将输入转换为表示；每个任务的塔 &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; 读取该表示并进行预测。任务相关时，共享起到正则化作用；任务不相关时，共享会损害它们（负迁移）。</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>An expert group holds &lt;i&gt;n&lt;/i&gt; small networks &lt;i&gt;f&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt; … &lt;i&gt;f&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; of the same shape, each reading the same input. They start different (random initialisation) and specialise as the gates send them different tasks or examples. Its output is the list of the &lt;i&gt;n&lt;/i&gt; expert outputs, for mixtures to weigh.</source>
        <translation>一个专家组包含 &lt;i&gt;n&lt;/i&gt; 个形状相同的小网络 &lt;i&gt;f&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt; … &lt;i&gt;f&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;，它们读取同一输入。它们起初各不相同（随机初始化），随着门控把不同的任务或样本分给它们而逐渐专门化。专家组的输出是 &lt;i&gt;n&lt;/i&gt; 个专家输出的列表，供混合层加权。</translation>
    </message>
    <message>
        <source>Mixture of experts (OMoE)</source>
        <translation>混合专家（OMoE）</translation>
    </message>
    <message>
        <source>A gate &lt;i&gt;g&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) gives a softmax weight to each expert &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; for every example, and the mixture &lt;i&gt;y&lt;/i&gt; is the weighted sum of the experts&apos; outputs. In the one-gate model (OMoE) all task towers &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; read the same mixture: the experts are shared, but every task gets the same blend of them.</source>
        <translation>门控 &lt;i&gt;g&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) 为每个样本给每个专家 &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; 一个 softmax 权重，混合结果 &lt;i&gt;y&lt;/i&gt; 是各专家输出的加权和。在单门控模型（OMoE）中，所有任务的塔 &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; 读取同一个混合结果：专家是共享的，但每个任务得到的专家组合都相同。</translation>
    </message>
    <message>
        <source>Multi-gate mixture of experts (MMoE)</source>
        <translation>多门控混合专家（MMoE）</translation>
    </message>
    <message>
        <source>Every task &lt;i&gt;k&lt;/i&gt; has its own softmax gate &lt;i&gt;g&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; over the shared experts, so each task mixes its own blend &lt;i&gt;f&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; of them and feeds it to its tower &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt;. Related tasks learn to use the same experts; unrelated tasks can use different ones, which avoids much of Shared-Bottom&apos;s negative transfer at almost no extra cost.</source>
        <translation>每个任务 &lt;i&gt;k&lt;/i&gt; 都有自己的 softmax 门控 &lt;i&gt;g&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt;，作用于共享的专家，因此每个任务混合出自己的专家组合 &lt;i&gt;f&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt;，并送入自己的塔 &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt;。相关的任务学会使用相同的专家；不相关的任务可以使用不同的专家，从而几乎不增加开销就避免了共享底层的大部分负迁移。</translation>
    </message>
    <message>
        <source>CGC and PLE (progressive layered extraction)</source>
        <translation>CGC 和 PLE（渐进式分层提取）</translation>
    </message>
    <message>
        <source>Customized Gate Control gives each task &lt;i&gt;k&lt;/i&gt; its own experts &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;k&lt;/i&gt;,&lt;i&gt;i&lt;/i&gt;)&lt;/sub&gt; besides the shared experts &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;s&lt;/i&gt;,&lt;i&gt;i&lt;/i&gt;)&lt;/sub&gt;; task &lt;i&gt;k&lt;/i&gt;&apos;s gate &lt;i&gt;w&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; weighs only its own and the shared ones (the selection &lt;i&gt;S&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt;). PLE stacks CGC levels: level &lt;i&gt;j&lt;/i&gt;&apos;s gates read the previous level&apos;s outputs, and a shared gate over all experts feeds the next level&apos;s shared experts. Separating task-specific from shared knowledge eases the seesaw where one task improves while another gets worse.</source>
        <translation>定制门控（CGC）除共享专家 &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;s&lt;/i&gt;,&lt;i&gt;i&lt;/i&gt;)&lt;/sub&gt; 外，还为每个任务 &lt;i&gt;k&lt;/i&gt; 提供专属专家 &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;k&lt;/i&gt;,&lt;i&gt;i&lt;/i&gt;)&lt;/sub&gt;；任务 &lt;i&gt;k&lt;/i&gt; 的门控 &lt;i&gt;w&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; 只对其专属专家和共享专家加权（即选择 &lt;i&gt;S&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt;）。PLE 堆叠多个 CGC 层级：第 &lt;i&gt;j&lt;/i&gt; 级的门控读取上一级的输出，一个作用于全部专家的共享门控为下一级的共享专家提供输入。将任务专属知识与共享知识分开，可缓解一个任务变好而另一个变差的跷跷板现象。</translation>
    </message>
    <message>
        <source>ESMM (entire space multi-task model)</source>
        <translation>ESMM（全空间多任务模型）</translation>
    </message>
    <message>
        <source>Conversion is only observed after a click, so a conversion model trained on clicked examples is biased on the whole population. ESMM predicts pCTR and pCVR with two towers on a shared bottom and trains their product pCTCVR = pCTR × pCVR, together with pCTR, on all examples: pCVR is never fitted on the clicked examples alone.</source>
        <translation>转化只在点击之后才能观察到，因此只在点击样本上训练的转化模型在整个人群上是有偏的。ESMM 用共享底层上的两个塔预测 pCTR 和 pCVR，并在全部样本上训练它们的乘积 pCTCVR = pCTR × pCVR 以及 pCTR：pCVR 从不只在点击样本上拟合。</translation>
    </message>
    <message>
        <source>Cross-stitch units</source>
        <translation>交叉缝合单元</translation>
    </message>
    <message>
        <source>Each task keeps its own network; between corresponding layers, a cross-stitch unit mixes the tasks&apos; activations &lt;i&gt;x&lt;sub&gt;A&lt;/sub&gt;&lt;/i&gt;, &lt;i&gt;x&lt;sub&gt;B&lt;/sub&gt;&lt;/i&gt; with a learned matrix α. A diagonal α means no sharing, equal entries mean the layers are shared: the network learns how much to share at each depth.</source>
        <translation>每个任务保留自己的网络；在对应的层之间，交叉缝合单元用一个可学习的矩阵 α 混合各任务的激活值 &lt;i&gt;x&lt;sub&gt;A&lt;/sub&gt;&lt;/i&gt;、&lt;i&gt;x&lt;sub&gt;B&lt;/sub&gt;&lt;/i&gt;。α 为对角阵表示不共享，各元素相等则表示这些层是共享的：网络会学习在每个深度共享多少。</translation>
    </message>
    <message>
        <source>L2-constrained soft sharing</source>
        <translation>L2 约束软共享</translation>
    </message>
    <message>
        <source>Each task keeps its own network, and a penalty λ‖&lt;i&gt;W&lt;sub&gt;A&lt;/sub&gt;&lt;/i&gt; − &lt;i&gt;W&lt;sub&gt;B&lt;/sub&gt;&lt;/i&gt;‖² pulls the weights of corresponding layers together. λ = 0 gives separate networks; a very large λ forces identical weights, as hard sharing does.</source>
        <translation>每个任务保留自己的网络，惩罚项 λ‖&lt;i&gt;W&lt;sub&gt;A&lt;/sub&gt;&lt;/i&gt; − &lt;i&gt;W&lt;sub&gt;B&lt;/sub&gt;&lt;/i&gt;‖² 使对应层的权重相互靠拢。λ = 0 时得到彼此独立的网络；λ 非常大时会迫使权重相同，如同硬共享。</translation>
    </message>
    <message>
        <source>Top-k and noisy Top-k gates</source>
        <translation>Top-k 与带噪声 Top-k 门控</translation>
    </message>
    <message>
        <source>The gate keeps the &lt;i&gt;k&lt;/i&gt; largest of its logits &lt;i&gt;H&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) and sets the others to −∞ before the softmax, so each example uses only &lt;i&gt;k&lt;/i&gt; experts. Noise scaled by a learned softplus is added while training, which spreads examples over the experts. The choice of experts is not differentiable: only the kept experts get gradients.</source>
        <translation>门控保留其 logits &lt;i&gt;H&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) 中最大的 &lt;i&gt;k&lt;/i&gt; 个，并在 softmax 之前把其余的设为 −∞，因此每个样本只使用 &lt;i&gt;k&lt;/i&gt; 个专家。训练时会加入由可学习的 softplus 缩放的噪声，使样本分散到各个专家。专家的选择不可微：只有被保留的专家获得梯度。</translation>
    </message>
    <message>
        <source>DSelect-k gate</source>
        <translation>DSelect-k 门控</translation>
    </message>
    <message>
        <source>&lt;i&gt;k&lt;/i&gt; selectors each pick one expert through its binary code: bit &lt;i&gt;j&lt;/i&gt; of the code is a smooth-step &lt;i&gt;S&lt;/i&gt;(&lt;i&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;), which reaches exactly 0 and 1, so a selector converges to one expert while staying differentiable. Softmax weights α combine the &lt;i&gt;k&lt;/i&gt; selections into the gate &lt;i&gt;q&lt;/i&gt;. Static gates learn &lt;i&gt;Z&lt;/i&gt; and α directly; per-example gates compute them from &lt;i&gt;x&lt;/i&gt;.</source>
        <translation>&lt;i&gt;k&lt;/i&gt; 个选择器各自通过其二进制编码选出一个专家：编码的第 &lt;i&gt;j&lt;/i&gt; 位是平滑阶跃函数 &lt;i&gt;S&lt;/i&gt;(&lt;i&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;)，它能精确取到 0 和 1，因此选择器在保持可微的同时收敛到单个专家。Softmax 权重 α 将 &lt;i&gt;k&lt;/i&gt; 个选择组合成门控 &lt;i&gt;q&lt;/i&gt;。静态门控直接学习 &lt;i&gt;Z&lt;/i&gt; 和 α；逐样本门控则根据 &lt;i&gt;x&lt;/i&gt; 计算它们。</translation>
    </message>
    <message>
        <source>Task heads and the multi-task loss</source>
        <translation>任务头与多任务损失</translation>
    </message>
    <message>
        <source>A task head turns its tower&apos;s output &lt;i&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; into the prediction: a probability σ(&lt;i&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;) for a binary task, &lt;i&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; itself for regression. Training minimises the sum of the tasks&apos; losses (cross-entropy or squared error), each weighted by its loss weight &lt;i&gt;w&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;.</source>
        <translation>任务头把其塔的输出 &lt;i&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; 转换为预测：二分类任务为概率 σ(&lt;i&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;)，回归任务则直接为 &lt;i&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;。训练最小化各任务损失（交叉熵或平方误差）之和，每个损失按其损失权重 &lt;i&gt;w&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; 加权。</translation>
    </message>
    <message>
        <source>The input features x.</source>
        <translation>输入特征 x。</translation>
    </message>
    <message>
        <source>An expert network (an expert group&apos;s member).</source>
        <translation>一个专家网络（专家组的成员）。</translation>
    </message>
    <message>
        <source>A task-specific expert: only its task&apos;s gate weighs it.</source>
        <translation>任务专属专家：只有其所属任务的门控对它加权。</translation>
    </message>
    <message>
        <source>A shared expert: every task&apos;s gate may weigh it.</source>
        <translation>共享专家：每个任务的门控都可以对它加权。</translation>
    </message>
    <message>
        <source>A gate: the weights it gives the experts.</source>
        <translation>门控：它赋予各专家的权重。</translation>
    </message>
    <message>
        <source>A mixture: the experts weighed by a gate.</source>
        <translation>混合：按门控权重加权的专家。</translation>
    </message>
    <message>
        <source>The shared bottom network.</source>
        <translation>共享底层网络。</translation>
    </message>
    <message>
        <source>A task&apos;s tower (the layers before its head).</source>
        <translation>任务的塔（任务头之前的各层）。</translation>
    </message>
    <message>
        <source>A task&apos;s own layers.</source>
        <translation>任务自己的层。</translation>
    </message>
    <message>
        <source>A task head: its prediction and its loss.</source>
        <translation>任务头：其预测及其损失。</translation>
    </message>
    <message>
        <source>A cross-stitch unit: the learned mixing weights alpha.</source>
        <translation>交叉缝合单元：可学习的混合权重 alpha。</translation>
    </message>
    <message>
        <source>The L2 penalty between two tasks&apos; layers.</source>
        <translation>两个任务的层之间的 L2 惩罚。</translation>
    </message>
    <message>
        <source>The product of the two probabilities (a Multiply block).</source>
        <translation>两个概率的乘积（“相乘”模块）。</translation>
    </message>
</context>
<context>
    <name>mtl::ui::LearnPanel</name>
    <message>
        <source>Browse all cards</source>
        <translation>浏览全部卡片</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Point at a symbol of the equations to see its blocks on the canvas.</source>
        <translation>将指针指向公式中的符号，即可在画布上看到对应的模块。</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>No such block on the canvas.</source>
        <translation>画布上没有这样的模块。</translation>
    </message>
    <message>
        <source>On the canvas: %1</source>
        <translation>画布上：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>mtl::ui::LessonPanel</name>
    <message>
        <source>Choose a lesson</source>
        <translation>选择课程</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Load this step&apos;s template, data and settings, and start its run or experiment</source>
        <translation>加载本步骤的模板、数据和设置，并开始其运行或实验</translation>
    </message>
    <message>
        <source>Predict, then run</source>
        <translation>先预测，再运行</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Record your prediction; the answer follows once the results are in</source>
        <translation>记录您的预测；结果出来后将给出答案</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>The experiment was cancelled: set up again to run it.</source>
        <translation>实验已取消：请再次“准备”以运行它。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>The experiment is running; the answer to the question follows when it has finished.</source>
        <translation>实验正在运行；完成后将给出问题的答案。</translation>
    </message>
    <message>
        <source>The run is going on; the answer to the question follows when it has finished.</source>
        <translation>运行正在进行；完成后将给出问题的答案。</translation>
    </message>
    <message>
        <source>Finished: look at the framed panel.</source>
        <translation>已完成：请查看带框的面板。</translation>
    </message>
    <message>
        <source>Your prediction: &quot;%1&quot;. The answer follows when the results are in.</source>
        <translation>您的预测：“%1”。结果出来后将给出答案。</translation>
    </message>
    <message>
        <source>Your prediction: &quot;%1&quot;. Press Set up and wait for the results to see the answer.</source>
        <translation>您的预测：“%1”。请按“准备”并等待结果，以查看答案。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Right.&lt;/b&gt;</source>
        <translation>&lt;b&gt;正确。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not quite:&lt;/b&gt; the answer is &quot;%1&quot;.</source>
        <translation>&lt;b&gt;不太对：&lt;/b&gt;答案是“%1”。</translation>
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
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>门控</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Reset: press Train to run again with seed %1.</source>
        <translation>已重置：按“训练”将以种子 %1 重新运行。</translation>
    </message>
    <message>
        <source>Loading data…</source>
        <translation>正在加载数据…</translation>
    </message>
    <message>
        <source>Paused: Step runs one batch, Resume continues.</source>
        <translation>已暂停：“单步”运行一个批次，“继续”恢复训练。</translation>
    </message>
    <message>
        <source>Cannot Train</source>
        <translation>无法训练</translation>
    </message>
    <message>
        <source>%1 (binary)</source>
        <translation>%1（二分类）</translation>
    </message>
    <message>
        <source>%1 (regression)</source>
        <translation>%1（回归）</translation>
    </message>
    <message>
        <source>Graph and Data Differ</source>
        <translation>模型图与数据不一致</translation>
    </message>
    <message numerus="yes">
        <source>The graph has %n task head(s) with a loss, but the data has these tasks: %1.

Add or remove task heads, or load a template (it adapts itself).</source>
        <translation>
            <numerusform>模型图有 %n 个带损失的任务头，但数据包含以下任务：%1。

请添加或删除任务头，或加载一个模板（模板会自动适配）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The graph has errors (see Problems); fix them to train.</source>
        <translation>模型图有错误（见“问题”），请修正后再训练。</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4 · %L5 samples/s · ETA %6</source>
        <translation>第 %1/%2 轮 · 批次 %3/%4 · %L5 样本/秒 · 剩余 %6</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>训练已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n epoch(s).</source>
        <translation>
            <numerusform>训练 %n 轮后停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished in %1: %2</source>
        <translation>用时 %1 完成：%2</translation>
    </message>
    <message>
        <source>Training Diverged</source>
        <translation>训练发散</translation>
    </message>
    <message>
        <source>Start a new project on an empty canvas</source>
        <translation>在空白画布上新建项目</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>从模板新建(&amp;T)</translation>
    </message>
    <message>
        <source>New project: drag blocks from the palette, or start from File &gt; New from Template.</source>
        <translation>新项目：从组件面板拖入块，或通过“文件 &gt; 从模板新建”开始。</translation>
    </message>
    <message>
        <source>Bind inputs to %1</source>
        <translation>将输入绑定到 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n input block(s) now read %1: %2 numeric columns, %3 categorical fields.</source>
        <translation>
            <numerusform>%n 个输入块现在读取 %1：%2 个数值列，%3 个类别字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading data… %1</source>
        <translation>正在加载数据… %1</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>已继续。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>task head %1 now predicts %2, was a %3 head</source>
        <translation>任务头 %1 现在预测 %2，原为 %3 任务头</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>二分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>task head %1 now predicts %2</source>
        <translation>任务头 %1 现在预测 %2</translation>
    </message>
    <message numerus="yes">
        <source>input block %1 now reads %n column(s) (was %2)</source>
        <translation>
            <numerusform>输入块 %1 现在读取 %n 列（原为 %2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters: %L1</source>
        <translation>参数：%L1</translation>
    </message>
    <message>
        <source>Memory: %1 (weights %2, gradients and optimizer state %3, activations of a batch of %4: %5)</source>
        <translation>内存：%1（权重 %2，梯度和优化器状态 %3，批大小 %4 的激活：%5）</translation>
    </message>
    <message numerus="yes">
        <source>Arithmetic: %1 FLOPs per epoch; %n epoch(s) take about %2 at %3 GFLOP/s</source>
        <translation>
            <numerusform>运算量：每轮 %1 FLOPs；按 %3 GFLOP/s 计算，%n 轮约需 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>it needs more memory than this machine can spare (%1)</source>
        <translation>它需要的内存超过本机可用内存（%1）</translation>
    </message>
    <message>
        <source>training would take longer than %1</source>
        <translation>训练将超过 %1</translation>
    </message>
    <message>
        <source>Very Large Model</source>
        <translation>模型过大</translation>
    </message>
    <message>
        <source>This model is far beyond this machine: %1.</source>
        <translation>此模型远超本机能力：%1。</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>，并且</translation>
    </message>
    <message>
        <source>Reduce the units or experts, or train anyway.</source>
        <translation>请减少单元或专家数量，或仍然训练。</translation>
    </message>
    <message>
        <source>Train Anyway</source>
        <translation>仍然训练</translation>
    </message>
    <message>
        <source>Training cancelled: nothing was changed.</source>
        <translation>已取消训练：未做任何更改。</translation>
    </message>
    <message>
        <source>Train: adapt the graph to the data (%1)</source>
        <translation>训练：使图适配数据（%1）</translation>
    </message>
    <message>
        <source>Train adapted the graph to the data: %1.</source>
        <translation>训练已使图适配数据：%1。</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4 · paused</source>
        <translation>第 %1/%2 轮 · 批次 %3/%4 · 已暂停</translation>
    </message>
    <message>
        <source>Train: fit the input block to the data (%1)</source>
        <translation>训练：使输入块适配数据（%1）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>&amp;Larger Presentation</source>
        <translation>放大演示(&amp;L)</translation>
    </message>
    <message>
        <source>Enlarge the canvas, charts and panels for a projector</source>
        <translation>放大画布、图表和面板，便于投影</translation>
    </message>
    <message>
        <source>&amp;Smaller Presentation</source>
        <translation>缩小演示(&amp;S)</translation>
    </message>
    <message>
        <source>Make the canvas, charts and panels smaller again</source>
        <translation>将画布、图表和面板重新缩小</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>课程(&amp;L)…</translation>
    </message>
    <message>
        <source>Guided lessons: how tasks share experts</source>
        <translation>引导式课程：各任务如何共享专家</translation>
    </message>
    <message>
        <source>&amp;Presentation Scale</source>
        <translation>演示缩放(&amp;P)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Blocks palette</source>
        <translation>模块库</translation>
    </message>
    <message>
        <source>Data settings</source>
        <translation>数据设置</translation>
    </message>
    <message>
        <source>Optimizer and learning rate settings</source>
        <translation>优化器和学习率设置</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>问题列表</translation>
    </message>
    <message>
        <source>Advanced menu entries (templates menu, auto-layout, add block, find, duplicate)</source>
        <translation>高级菜单项（模板菜单、自动布局、添加模块、查找、创建副本）</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>A run is going on: stop it or wait for it to finish, then set up.</source>
        <translation>有运行正在进行：请停止它或等待其完成，然后再“准备”。</translation>
    </message>
    <message>
        <source>An experiment is running: cancel it or wait for it, then set up.</source>
        <translation>有实验正在运行：请取消它或等待其完成，然后再“准备”。</translation>
    </message>
    <message>
        <source>%1 This step uses %2 instead; choose the folder in the Data panel and set up again for the real data.</source>
        <translation>%1 本步骤改用 %2；请在“数据”面板中选择文件夹，然后重新“准备”以使用真实数据。</translation>
    </message>
    <message>
        <source>The run did not start.</source>
        <translation>运行未能启动。</translation>
    </message>
    <message>
        <source>&amp;Canvas Only</source>
        <translation>仅画布(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Hide every panel so that the graph fills the window; again to bring them back</source>
        <translation>隐藏所有面板，让模型图占满窗口；再按一次恢复面板</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>&amp;Export Run</source>
        <translation>导出运行(&amp;E)</translation>
    </message>
</context>
<context>
    <name>mtl::ui::MatrixView</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>mtl::ui::MetricChart</name>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Exponential moving average of the drawn lines (display only; hover texts and exports keep the raw values)</source>
        <translation>对绘制的曲线做指数移动平均（仅影响显示；悬停数值和导出保留原始值）</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Logarithmic y axis (values of zero or below are not drawn)</source>
        <translation>对数 y 轴（不绘制小于或等于零的值）</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Drag a rectangle on the chart to zoom; right-click, double-click or this button shows everything again</source>
        <translation>在图上拖出矩形以放大；右键单击、双击或点击此按钮恢复完整视图</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the chart as an image (PNG, SVG) or its raw points as CSV</source>
        <translation>将图表保存为图像（PNG、SVG），或将原始数据点保存为 CSV</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG 图像…</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>SVG 图像…</translation>
    </message>
    <message>
        <source>CSV of all points…</source>
        <translation>全部数据点（CSV）…</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>(smoothed %1)</source>
        <translation>（平滑后 %1）</translation>
    </message>
    <message>
        <source>Chart exported from MTL Studio</source>
        <translation>由 MTL Studio 导出的图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>mtl::ui::MetricsTable</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Log-loss / MSE</source>
        <translation>对数损失 / MSE</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>The task (model head)</source>
        <translation>任务（模型的输出头）</translation>
    </message>
    <message>
        <source>ROC-AUC on the test split (binary tasks)</source>
        <translation>测试集上的 ROC-AUC（二分类任务）</translation>
    </message>
    <message>
        <source>Log-loss for binary tasks, mean squared error for regression tasks, on the test split</source>
        <translation>测试集上的损失：二分类任务为对数损失，回归任务为均方误差</translation>
    </message>
    <message>
        <source>Labelled test examples of the task</source>
        <translation>该任务有标签的测试样本数</translation>
    </message>
    <message>
        <source>%1: binary task</source>
        <translation>%1：二分类任务</translation>
    </message>
    <message>
        <source>%1: regression task</source>
        <translation>%1：回归任务</translation>
    </message>
    <message>
        <source>Log-loss</source>
        <translation>对数损失</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>No AUC: %1 is a regression task</source>
        <translation>无 AUC：%1 是回归任务</translation>
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
    <name>mtl::ui::PairedDifferenceModel</name>
    <message>
        <source>%1 − %2</source>
        <translation>%1 − %2</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The two architectures compared (their settings chosen by validation)</source>
        <translation>所比较的两个架构（其设置按验证选出）</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>架构对</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Test metric of the first minus the second, over the seeds both ran: mean ± 95% confidence interval</source>
        <translation>在两者都运行过的种子上，第一个的测试指标减去第二个的：均值 ± 95% 置信区间</translation>
    </message>
    <message>
        <source>Paired difference</source>
        <translation>配对差异</translation>
    </message>
    <message>
        <source>Common seeds</source>
        <translation>共同的种子数</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>种子数</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Activation before a head</source>
        <translation>任务头前有激活</translation>
    </message>
    <message>
        <source>Prediction used as input</source>
        <translation>预测被用作输入</translation>
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
<context>
    <name>mtl::ui::RocChart</name>
    <message>
        <source>ROC curves (test split)</source>
        <translation>ROC 曲线（测试集）</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>真阳性率</translation>
    </message>
    <message>
        <source>Receiver operating characteristic of each binary task on the test split; the dotted diagonal is a random guess (AUC 0.5)</source>
        <translation>各二分类任务在测试集上的 ROC 曲线；点线对角线表示随机猜测（AUC 0.5）</translation>
    </message>
    <message>
        <source>%1 (AUC %2)</source>
        <translation>%1（AUC %2）</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>随机猜测</translation>
    </message>
    <message>
        <source>No ROC curves: ROC curves are drawn for binary tasks, and this run&apos;s tasks (%1) are regression tasks. Their mean squared error is in the table.</source>
        <translation>无 ROC 曲线：ROC 曲线只为二分类任务绘制，而本次运行的任务（%1）是回归任务。其均方误差见表格。</translation>
    </message>
</context>
<context>
    <name>mtl::ui::RunComparison</name>
    <message>
        <source>Compare Runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <source>Colour scale 0 to 1</source>
        <translation>颜色刻度 0 到 1</translation>
    </message>
    <message>
        <source>Colour scale shared by both runs</source>
        <translation>两次运行共用的颜色刻度</translation>
    </message>
    <message>
        <source>Both heatmaps use the same colours for the same weight: from 0 to 1, or from 0 to the largest mean weight of the two runs</source>
        <translation>两张热力图对相同的权重使用相同的颜色：范围为 0 到 1，或 0 到两次运行中最大的平均权重</translation>
    </message>
    <message>
        <source>This model has no gates.</source>
        <translation>该模型没有门控。</translation>
    </message>
    <message>
        <source>No gate analysis: the run was saved by an earlier version of MTL Studio.</source>
        <translation>无门控分析：该运行由较早版本的 MTL Studio 保存。</translation>
    </message>
    <message>
        <source>Mean Jensen-Shannon divergence between tasks&apos; gates: %1 (of the mean gates), %2 (per example); ln 2 = %3 is the most</source>
        <translation>各任务门控之间的平均 Jensen-Shannon 散度：%1（基于平均门控），%2（逐样本）；最大值为 ln 2 = %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Expert-usage entropy (1 = uniform): %1</source>
        <translation>专家使用熵（1 = 均匀）：%1</translation>
    </message>
    <message>
        <source>Dead experts: none</source>
        <translation>未使用的专家：无</translation>
    </message>
    <message>
        <source>Dead experts: %1</source>
        <translation>未使用的专家：%1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Near-duplicate experts: %1</source>
        <translation>近乎重复的专家：%1</translation>
    </message>
</context>
<context>
    <name>mtl::ui::RunExport</name>
    <message>
        <source>Export to PyTorch: choose an empty folder (or make one)</source>
        <translation>导出到 PyTorch：选择一个空文件夹（或新建一个）</translation>
    </message>
    <message>
        <source>Export to ONNX</source>
        <translation>导出到 ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>ONNX</source>
        <translation>ONNX</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>正在将 %1 导出到 %2…</translation>
    </message>
    <message>
        <source>Exported %1 to %2. Run it: %3</source>
        <translation>已将 %1 导出到 %2。运行方式：%3</translation>
    </message>
    <message>
        <source>Exported %1 to %2. Train it: %3</source>
        <translation>已将 %1 导出到 %2。训练方式：%3</translation>
    </message>
    <message>
        <source>Export of %1 failed: %2</source>
        <translation>%1 导出失败：%2</translation>
    </message>
    <message>
        <source>Export of %1 failed.</source>
        <translation>%1 导出失败。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>mtl::ui::RunHistory</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Test metrics</source>
        <translation>测试指标</translation>
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
        <translation>（已发散）</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>（已停止）</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n 层级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s)</source>
        <translation>
            <numerusform>%n 个专家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s)</source>
        <translation>
            <numerusform>%n 个门控</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer block(s)</source>
        <translation>
            <numerusform>%n 个层块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>自定义：%1</translation>
    </message>
    <message>
        <source>%1-like: %2</source>
        <translation>类 %1：%2</translation>
    </message>
    <message>
        <source>synthetic p=%1, binary</source>
        <translation>合成 p=%1，二分类</translation>
    </message>
    <message>
        <source>synthetic p=%1</source>
        <translation>合成 p=%1</translation>
    </message>
    <message>
        <source>census g%1</source>
        <translation>census 第 %1 组</translation>
    </message>
    <message numerus="yes">
        <source>%1 lr %2 · batch %3 · %n epoch(s) · seed %4</source>
        <translation>
            <numerusform>%1 学习率 %2 · 批 %3 · %n 轮 · 种子 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>funnel bias=%1</source>
        <translation>漏斗 偏差=%1</translation>
    </message>
    <message>
        <source>Task conflict</source>
        <translation>任务冲突</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>cos %1 · %2% &lt; 0</source>
        <translation>余弦 %1 · %2% &lt; 0</translation>
    </message>
    <message>
        <source>Task conflict was not measured in this run (Training: Conflict every).</source>
        <translation>本次运行未测量任务冲突（训练：冲突测量间隔）。</translation>
    </message>
    <message numerus="yes">
        <source>Over %n measured step(s): mean cosine of the tasks&apos; gradients on the shared parameters %1; on %2% of the steps some pair of tasks was below 0.</source>
        <translation>
            <numerusform>在 %n 个测量步上：各任务在共享参数上梯度的平均余弦为 %1；其中 %2% 的步中有一对任务低于 0。</numerusform>
        </translation>
    </message>
    <message>
        <source>The method changed the shared gradient on %1% of them, by %2% on average.</source>
        <translation>该方法在其中 %1% 的步上改变了共享梯度，平均改变 %2%。</translation>
    </message>
</context>
<context>
    <name>mtl::ui::RunsPanel</name>
    <message>
        <source>Click a run to show it; tick runs to overlay them on the charts.</source>
        <translation>单击一次运行以显示它；勾选多次运行可在图表上叠加比较。</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Remove the selected run from the project</source>
        <translation>从项目中移除所选运行</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <source>Show two runs side by side: gate heatmaps on one colour scale, curves overlaid (tick two runs, or select one and tick another)</source>
        <translation>并排显示两次运行：门控热力图使用同一颜色刻度，曲线叠加显示（勾选两次运行，或选中一次再勾选另一次）</translation>
    </message>
    <message>
        <source>Export to &amp;PyTorch…</source>
        <translation>导出到 &amp;PyTorch…</translation>
    </message>
    <message>
        <source>Write the selected run as a PyTorch folder: model, weights, preprocessing and a DistributedDataParallel training script</source>
        <translation>将所选运行写为 PyTorch 文件夹：模型、权重、预处理和一个 DistributedDataParallel 训练脚本</translation>
    </message>
    <message>
        <source>Export to &amp;ONNX…</source>
        <translation>导出到 &amp;ONNX…</translation>
    </message>
    <message>
        <source>Write the selected run&apos;s model and weights as an ONNX file for serving (needs Python with PyTorch and ONNX)</source>
        <translation>将所选运行的模型和权重写为用于部署的 ONNX 文件（需要带 PyTorch 和 ONNX 的 Python）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the selected run to PyTorch or ONNX</source>
        <translation>将所选运行导出到 PyTorch 或 ONNX</translation>
    </message>
</context>
<context>
    <name>mtl::ui::TrainingCharts</name>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Loss of each recorded training batch: per task and the weighted total</source>
        <translation>每个已记录训练批次的损失：各任务及加权总损失</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Log-loss / MSE</source>
        <translation>对数损失 / MSE</translation>
    </message>
    <message>
        <source>Loss on the validation split after each epoch: log-loss for binary tasks, mean squared error for regression tasks, and the weighted total</source>
        <translation>每轮结束后验证集上的损失：二分类任务为对数损失，回归任务为均方误差，以及加权总损失</translation>
    </message>
    <message>
        <source>Validation AUC</source>
        <translation>验证 AUC</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>ROC-AUC on the validation split after each epoch (binary tasks)</source>
        <translation>每轮结束后验证集上的 ROC-AUC（二分类任务）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Task conflict</source>
        <translation>任务冲突</translation>
    </message>
    <message>
        <source>Gradient cosine</source>
        <translation>梯度余弦</translation>
    </message>
    <message>
        <source>Task weights</source>
        <translation>任务权重</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>The weight the loss-weighting method gives each task&apos;s loss at each step (uncertainty weighting, GradNorm, DWA, PLE decay), before the task&apos;s own loss weight</source>
        <translation>损失加权方法在每一步给每个任务损失的权重（不确定性加权、GradNorm、DWA、PLE 衰减），尚未乘以任务自身的损失权重</translation>
    </message>
    <message>
        <source>Pair %1</source>
        <translation>任务对 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cosine of two tasks&apos; gradients on the shared parameters at each measured step: below 0 the tasks pull the shared weights in opposite directions. Each legend entry gives the pair&apos;s mean.</source>
        <translation>两个任务在共享参数上的梯度在每个测量步的余弦：低于 0 表示两个任务把共享权重往相反方向拉。每个图例项给出该任务对的均值。</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean %2; below 0 on %3% of %n measured step(s)</source>
        <translation>
            <numerusform>%1：均值 %2；在 %n 个测量步中有 %3% 低于 0</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 与 %2</translation>
    </message>
</context>
<context>
    <name>mtl::ui::TrainingController</name>
    <message>
        <source>The architecture is not valid:
%1</source>
        <translation>架构无效：
%1</translation>
    </message>
    <message>
        <source>Cannot load the data: %1</source>
        <translation>无法加载数据：%1</translation>
    </message>
    <message>
        <source>Cannot build the model: %1</source>
        <translation>无法构建模型：%1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
</context>
<context>
    <name>mtl::ui::TrainingPanel</name>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Start training the graph on the chosen data</source>
        <translation>在所选数据上开始训练该图</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause training after the current batch</source>
        <translation>在当前批次结束后暂停训练</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>单步(&amp;T)</translation>
    </message>
    <message>
        <source>Advance the paused training by one step, then pause again</source>
        <translation>让暂停的训练前进一步，然后再次暂停</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Stop training after the current batch</source>
        <translation>在当前批次结束后停止训练</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>重置(&amp;S)</translation>
    </message>
    <message>
        <source>Discard the trained weights: the next run starts from a fresh initialisation</source>
        <translation>丢弃已训练的权重：下一次运行从新的初始化开始</translation>
    </message>
    <message>
        <source>The graph is locked while training runs.</source>
        <translation>训练运行期间图被锁定。</translation>
    </message>
    <message>
        <source>Stop the run to change the architecture, the data or the batch settings; the learning rate and the loss weights can change while it runs.</source>
        <translation>停止运行后才能更改架构、数据或批次设置；学习率和损失权重可以在运行时更改。</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>The update rule for the weights</source>
        <translation>权重的更新规则</translation>
    </message>
    <message>
        <source>Step size of the optimizer; type e.g. 1e-3. Can change while training runs.</source>
        <translation>优化器的步长；可输入如 1e-3。训练运行时也可更改。</translation>
    </message>
    <message>
        <source>Momentum of SGD (0: plain SGD)</source>
        <translation>SGD 的动量（0：普通 SGD）</translation>
    </message>
    <message>
        <source>L2 penalty on the weights (0: none)</source>
        <translation>权重的 L2 惩罚（0：无）</translation>
    </message>
    <message>
        <source>Rows per training batch</source>
        <translation>每个训练批次的行数</translation>
    </message>
    <message>
        <source>Passes over the training rows</source>
        <translation>遍历训练行的轮数</translation>
    </message>
    <message>
        <source>Seed of the initial weights, the shuffling, dropout and gate noise</source>
        <translation>初始权重、打乱顺序、dropout 和门控噪声的种子</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>优化器(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Momentum:</source>
        <translation>动量(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Weight decay:</source>
        <translation>权重衰减(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>轮数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <source>The graph has no task heads.</source>
        <translation>该图没有任务头。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Loss weights</source>
        <translation>损失权重</translation>
    </message>
    <message>
        <source>Each task&apos;s loss is multiplied by its weight in the total loss</source>
        <translation>在总损失中，每个任务的损失乘以其权重</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Continue the paused training</source>
        <translation>继续已暂停的训练</translation>
    </message>
    <message>
        <source>Weight of task &apos;%1&apos; in the total loss (0: not trained). Can change while training runs.</source>
        <translation>任务“%1”在总损失中的权重（0：不训练）。训练运行时也可更改。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Equal weights (EW)</source>
        <translation>等权重 (EW)</translation>
    </message>
    <message>
        <source>Each task&apos;s loss times its loss weight below: the default</source>
        <translation>每个任务的损失乘以下方的损失权重：默认方法</translation>
    </message>
    <message>
        <source>Uncertainty weighting (UW)</source>
        <translation>不确定性加权 (UW)</translation>
    </message>
    <message>
        <source>Learns one log-variance per task (Kendall et al. 2018): a noisier task gets less weight</source>
        <translation>为每个任务学习一个对数方差（Kendall 等，2018）：噪声越大的任务权重越小</translation>
    </message>
    <message>
        <source>GradNorm</source>
        <translation>GradNorm</translation>
    </message>
    <message>
        <source>Learns weights that balance the tasks&apos; gradient norms (Chen et al. 2018); alpha sets how hard a task that learns slower is pushed</source>
        <translation>学习使各任务梯度范数均衡的权重（Chen 等，2018）；alpha 决定对学得较慢的任务推动的力度</translation>
    </message>
    <message>
        <source>Dynamic weight averaging (DWA)</source>
        <translation>动态权重平均 (DWA)</translation>
    </message>
    <message>
        <source>Weights from how fast each task&apos;s loss fell over the last two epochs (Liu et al. 2019); a higher temperature evens them out</source>
        <translation>根据每个任务的损失在最近两个轮次中下降的速度确定权重（Liu 等，2019）；温度越高，权重越平均</translation>
    </message>
    <message>
        <source>PLE decay</source>
        <translation>PLE 衰减</translation>
    </message>
    <message>
        <source>Each task&apos;s weight times gamma to the power of the epoch (PLE, Tang et al. 2020)</source>
        <translation>每个任务的权重乘以 gamma 的轮次次方（PLE，Tang 等，2020）</translation>
    </message>
    <message>
        <source>PCGrad</source>
        <translation>PCGrad</translation>
    </message>
    <message>
        <source>On the shared parameters, each task&apos;s gradient is projected off the gradients it conflicts with (Yu et al. 2020)</source>
        <translation>在共享参数上，把每个任务的梯度从与之冲突的梯度方向上投影掉（Yu 等，2020）</translation>
    </message>
    <message>
        <source>MGDA</source>
        <translation>MGDA</translation>
    </message>
    <message>
        <source>On the shared parameters, the smallest combination of the task gradients on their convex hull (Sener and Koltun 2018)</source>
        <translation>在共享参数上，取任务梯度凸包上范数最小的组合（Sener 与 Koltun，2018）</translation>
    </message>
    <message>
        <source>CAGrad</source>
        <translation>CAGrad</translation>
    </message>
    <message>
        <source>On the shared parameters, the mean gradient moved towards the task that gains least, within a radius c (Liu et al. 2021)</source>
        <translation>在共享参数上，把平均梯度在半径 c 内向获益最少的任务移动（Liu 等，2021）</translation>
    </message>
    <message>
        <source>MGDA-UB</source>
        <translation>MGDA-UB</translation>
    </message>
    <message>
        <source>MGDA&apos;s combination computed from the gradients on the shared representation (the experts&apos; or the bottom&apos;s outputs): cheaper, the paper&apos;s upper bound; CGC and PLE use MGDA</source>
        <translation>根据共享表示（专家或底层的输出）上的梯度计算 MGDA 的组合：更省时，即论文中的上界方法；CGC 和 PLE 使用 MGDA</translation>
    </message>
    <message>
        <source>How the tasks&apos; losses are combined into one gradient. Fixed for a run.</source>
        <translation>各任务的损失如何合并为一个梯度。一次运行中固定不变。</translation>
    </message>
    <message>
        <source>GradNorm&apos;s alpha: how hard a task whose loss falls slower is pushed (0: equal gradient norms; default 1.5)</source>
        <translation>GradNorm 的 alpha：对损失下降较慢的任务推动的力度（0：梯度范数相等；默认 1.5）</translation>
    </message>
    <message>
        <source>DWA&apos;s temperature: higher evens the weights out (default 2)</source>
        <translation>DWA 的温度：越高权重越平均（默认 2）</translation>
    </message>
    <message>
        <source>PLE&apos;s decay: each task&apos;s weight is multiplied by gamma once per epoch (1: no decay)</source>
        <translation>PLE 的衰减：每个轮次将每个任务的权重乘以 gamma 一次（1：不衰减）</translation>
    </message>
    <message>
        <source>CAGrad&apos;s radius c (0: the mean gradient, as EW; default 0.5)</source>
        <translation>CAGrad 的半径 c（0：平均梯度，同 EW；默认 0.5）</translation>
    </message>
    <message>
        <source>Measure task conflict (the cosines of the tasks&apos; gradients on the shared parameters) every N steps, 0: never. GradNorm and the gradient methods measure it on every step. A measured step costs one backward pass per task.</source>
        <translation>每 N 步测量一次任务冲突（各任务在共享参数上梯度的余弦），0：从不。GradNorm 和梯度方法每一步都测量。每个测量步需为每个任务多做一次反向传播。</translation>
    </message>
    <message>
        <source>&amp;Alpha:</source>
        <translation>Alpha(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Gamma:</source>
        <translation>Gamma(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;c:</source>
        <translation>c(&amp;C)：</translation>
    </message>
    <message>
        <source>Loss weighting</source>
        <translation>损失加权</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation>方法(&amp;H)：</translation>
    </message>
    <message>
        <source>Temperat&amp;ure:</source>
        <translation>温度(&amp;U)：</translation>
    </message>
    <message>
        <source>Conflict e&amp;very:</source>
        <translation>冲突测量间隔(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>mtl::ui::UsageItem</name>
    <message>
        <source>Mean gate weight per expert:</source>
        <translation>各专家的平均门控权重：</translation>
    </message>
</context>
</TS>
