<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Lessons</name>
    <message>
        <source>1. Task relatedness and Shared-Bottom</source>
        <translation>1. Task relatedness and Shared-Bottom</translation>
    </message>
    <message>
        <source>Does sharing one network hurt when tasks differ? Sweep the task correlation p.</source>
        <translation>Does sharing one network hurt when tasks differ? Sweep the task correlation p.</translation>
    </message>
    <message>
        <source>Shared-Bottom on two related tasks</source>
        <translation>Shared-Bottom on two related tasks</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Shared-Bottom&lt;/b&gt; is the classic multi-task network: one bottom network &lt;i&gt;f&lt;/i&gt; shared by every task and a small tower &lt;i&gt;h&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt; per task, &lt;i&gt;y&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; = &lt;i&gt;h&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)).&lt;/p&gt;&lt;p&gt;The MMoE paper (Ma et al. 2018, Sec. 3) builds two regression tasks whose relatedness is one number: the correlation &lt;i&gt;p&lt;/i&gt; (the cosine between the two tasks&apos; weight vectors). At &lt;i&gt;p&lt;/i&gt; = 1 the tasks are the same, at &lt;i&gt;p&lt;/i&gt; = 0 unrelated.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; loads Shared-Bottom, synthetic data with &lt;i&gt;p&lt;/i&gt; = 0.5 and trains 30 epochs (a few seconds). Watch both tasks&apos; losses in the Charts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Shared-Bottom&lt;/b&gt; is the classic multi-task network: one bottom network &lt;i&gt;f&lt;/i&gt; shared by every task and a small tower &lt;i&gt;h&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt; per task, &lt;i&gt;y&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; = &lt;i&gt;h&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)).&lt;/p&gt;&lt;p&gt;The MMoE paper (Ma et al. 2018, Sec. 3) builds two regression tasks whose relatedness is one number: the correlation &lt;i&gt;p&lt;/i&gt; (the cosine between the two tasks&apos; weight vectors). At &lt;i&gt;p&lt;/i&gt; = 1 the tasks are the same, at &lt;i&gt;p&lt;/i&gt; = 0 unrelated.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; loads Shared-Bottom, synthetic data with &lt;i&gt;p&lt;/i&gt; = 0.5 and trains 30 epochs (a few seconds). Watch both tasks&apos; losses in the Charts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sweep the correlation</source>
        <translation>Sweep the correlation</translation>
    </message>
    <message>
        <source>&lt;p&gt;One run proves little: seeds differ as much as architectures. &lt;b&gt;Set up&lt;/b&gt; runs an experiment: Shared-Bottom and MMoE at &lt;i&gt;p&lt;/i&gt; = 0, 0.5 and 1, 5 seeds each, 100 epochs on 10,000 rows (30 runs, about 1 to 2 minutes on 2 cores; measured 77 s). The plot shows each architecture&apos;s test loss against &lt;i&gt;p&lt;/i&gt; with its 95% confidence interval shaded.&lt;/p&gt;&lt;p&gt;The paper&apos;s claim (its Fig. 3): Shared-Bottom gets worse as the tasks diverge, because one shared representation has to serve both.&lt;/p&gt;</source>
        <translation>&lt;p&gt;One run proves little: seeds differ as much as architectures. &lt;b&gt;Set up&lt;/b&gt; runs an experiment: Shared-Bottom and MMoE at &lt;i&gt;p&lt;/i&gt; = 0, 0.5 and 1, 5 seeds each, 100 epochs on 10,000 rows (30 runs, about 1 to 2 minutes on 2 cores; measured 77 s). The plot shows each architecture&apos;s test loss against &lt;i&gt;p&lt;/i&gt; with its 95% confidence interval shaded.&lt;/p&gt;&lt;p&gt;The paper&apos;s claim (its Fig. 3): Shared-Bottom gets worse as the tasks diverge, because one shared representation has to serve both.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lesson 1: Shared-Bottom vs MMoE across p</source>
        <translation>Lesson 1: Shared-Bottom vs MMoE across p</translation>
    </message>
    <message>
        <source>Which architecture will have the lower test loss?</source>
        <translation>Which architecture will have the lower test loss?</translation>
    </message>
    <message>
        <source>Shared-Bottom, at every p</source>
        <translation>Shared-Bottom, at every p</translation>
    </message>
    <message>
        <source>MMoE, at every p</source>
        <translation>MMoE, at every p</translation>
    </message>
    <message>
        <source>They will be the same</source>
        <translation>They will be the same</translation>
    </message>
    <message>
        <source>MMoE. Measured with these settings: mean test MSE 0.034 / 0.026 / 0.030 for MMoE against 0.068 / 0.049 / 0.071 for Shared-Bottom at p = 0 / 0.5 / 1. Look at the Paired differences table: a confidence interval that excludes 0 is a difference that holds over the seeds.</source>
        <translation>MMoE. Measured with these settings: mean test MSE 0.034 / 0.026 / 0.030 for MMoE against 0.068 / 0.049 / 0.071 for Shared-Bottom at p = 0 / 0.5 / 1. Look at the Paired differences table: a confidence interval that excludes 0 is a difference that holds over the seeds.</translation>
    </message>
    <message>
        <source>Is the trend real? Precomputed results</source>
        <translation>Is the trend real? Precomputed results</translation>
    </message>
    <message>
        <source>&lt;p&gt;Five seeds give wide intervals. &lt;b&gt;Set up&lt;/b&gt; adds precomputed results to the Experiments panel (nothing runs): MMoE and Shared-Bottom at &lt;i&gt;p&lt;/i&gt; = 0, 0.5 and 1, learning rates 1e-2 and 3e-2, &lt;b&gt;10 seeds, 300 epochs: 120 runs that took 11 minutes on 2 cores&lt;/b&gt;. Each architecture&apos;s learning rate is chosen on the validation set.&lt;/p&gt;&lt;p&gt;Compare Shared-Bottom&apos;s test loss at the three values of &lt;i&gt;p&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Five seeds give wide intervals. &lt;b&gt;Set up&lt;/b&gt; adds precomputed results to the Experiments panel (nothing runs): MMoE and Shared-Bottom at &lt;i&gt;p&lt;/i&gt; = 0, 0.5 and 1, learning rates 1e-2 and 3e-2, &lt;b&gt;10 seeds, 300 epochs: 120 runs that took 11 minutes on 2 cores&lt;/b&gt;. Each architecture&apos;s learning rate is chosen on the validation set.&lt;/p&gt;&lt;p&gt;Compare Shared-Bottom&apos;s test loss at the three values of &lt;i&gt;p&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Precomputed: MMoE vs Shared-Bottom, 10 seeds, 300 epochs</source>
        <translation>Precomputed: MMoE vs Shared-Bottom, 10 seeds, 300 epochs</translation>
    </message>
    <message>
        <source>Does Shared-Bottom&apos;s test loss rise steadily as p falls from 1 to 0, as the paper found?</source>
        <translation>Does Shared-Bottom&apos;s test loss rise steadily as p falls from 1 to 0, as the paper found?</translation>
    </message>
    <message>
        <source>Yes, clearly</source>
        <translation>Yes, clearly</translation>
    </message>
    <message>
        <source>No: there is no clear trend</source>
        <translation>No: there is no clear trend</translation>
    </message>
    <message>
        <source>No. Shared-Bottom&apos;s test MSE is 0.023 / 0.028 / 0.025 at p = 0 / 0.5 / 1, with wide intervals: a few seeds train badly and set the mean. MMoE is flat (0.012 to 0.014) and better than Shared-Bottom at every p. A lesson in itself: a paper&apos;s trend has to be measured, with intervals, before it is believed.</source>
        <translation>No. Shared-Bottom&apos;s test MSE is 0.023 / 0.028 / 0.025 at p = 0 / 0.5 / 1, with wide intervals: a few seeds train badly and set the mean. MMoE is flat (0.012 to 0.014) and better than Shared-Bottom at every p. A lesson in itself: a paper&apos;s trend has to be measured, with intervals, before it is believed.</translation>
    </message>
    <message>
        <source>2. MMoE&apos;s gates</source>
        <translation>2. MMoE&apos;s gates</translation>
    </message>
    <message>
        <source>Each task has its own gate over shared experts: do the tasks choose different experts?</source>
        <translation>Each task has its own gate over shared experts: do the tasks choose different experts?</translation>
    </message>
    <message>
        <source>One gate per task</source>
        <translation>One gate per task</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;MMoE&lt;/b&gt; shares &lt;i&gt;n&lt;/i&gt; experts &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; between the tasks, and gives each task &lt;i&gt;k&lt;/i&gt; its own gate, a softmax over the experts: &lt;i&gt;g&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = softmax(&lt;i&gt;W&lt;sub&gt;gk&lt;/sub&gt; x&lt;/i&gt;), &lt;i&gt;f&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &amp;sum;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;g&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;), &lt;i&gt;y&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; = &lt;i&gt;h&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;f&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; trains MMoE (8 experts) on census-income, group 1: income above 50K and never married, 4 epochs (about half a minute, most of it reading the files). If the census-income files are not found, the step says so and uses binary synthetic data instead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;MMoE&lt;/b&gt; shares &lt;i&gt;n&lt;/i&gt; experts &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; between the tasks, and gives each task &lt;i&gt;k&lt;/i&gt; its own gate, a softmax over the experts: &lt;i&gt;g&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = softmax(&lt;i&gt;W&lt;sub&gt;gk&lt;/sub&gt; x&lt;/i&gt;), &lt;i&gt;f&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &amp;sum;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;g&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;), &lt;i&gt;y&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; = &lt;i&gt;h&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;f&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; trains MMoE (8 experts) on census-income, group 1: income above 50K and never married, 4 epochs (about half a minute, most of it reading the files). If the census-income files are not found, the step says so and uses binary synthetic data instead.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Will the income gate and the marital-status gate put their weight on the same experts?</source>
        <translation>Will the income gate and the marital-status gate put their weight on the same experts?</translation>
    </message>
    <message>
        <source>Yes, on the same experts</source>
        <translation>Yes, on the same experts</translation>
    </message>
    <message>
        <source>No, mostly on different experts</source>
        <translation>No, mostly on different experts</translation>
    </message>
    <message>
        <source>Neither: both stay spread evenly</source>
        <translation>Neither: both stay spread evenly</translation>
    </message>
    <message>
        <source>Mostly different experts. In two runs measured here, the income gate gave 0.78 (seed 1) and 0.60 (seed 2) of its weight to one expert that the marital gate hardly used (0.01 to 0.02), while the marital gate spread over two others. The gates learn to route each task to experts that suit it; which experts they are changes with the seed.</source>
        <translation>Mostly different experts. In two runs measured here, the income gate gave 0.78 (seed 1) and 0.60 (seed 2) of its weight to one expert that the marital gate hardly used (0.01 to 0.02), while the marital gate spread over two others. The gates learn to route each task to experts that suit it; which experts they are changes with the seed.</translation>
    </message>
    <message>
        <source>Reading the gate heatmap</source>
        <translation>Reading the gate heatmap</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Gates panel each row is a task&apos;s gate and each column an expert; the colour is the gate&apos;s mean weight on the validation set. Hover a cell for the exact value and its spread; move the epoch slider to see the gates specialise as training goes on. Clicking an expert selects its block on the canvas, where a small grid under the experts shows the same use in each task&apos;s colour.&lt;/p&gt;&lt;p&gt;A row close to 1/&lt;i&gt;n&lt;/i&gt; everywhere is a gate that has not chosen yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In the Gates panel each row is a task&apos;s gate and each column an expert; the colour is the gate&apos;s mean weight on the validation set. Hover a cell for the exact value and its spread; move the epoch slider to see the gates specialise as training goes on. Clicking an expert selects its block on the canvas, where a small grid under the experts shows the same use in each task&apos;s colour.&lt;/p&gt;&lt;p&gt;A row close to 1/&lt;i&gt;n&lt;/i&gt; everywhere is a gate that has not chosen yet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>3. OMoE vs MMoE across correlation</source>
        <translation>3. OMoE vs MMoE across correlation</translation>
    </message>
    <message>
        <source>One gate for all tasks or one per task: when does it matter?</source>
        <translation>One gate for all tasks or one per task: when does it matter?</translation>
    </message>
    <message>
        <source>One gate or one per task</source>
        <translation>One gate or one per task</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;OMoE&lt;/b&gt; (one-gate mixture of experts) mixes the experts with a single gate for all tasks, &lt;i&gt;y&lt;/i&gt; = &amp;sum;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;g&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;), then a tower per task. MMoE gives each task its own gate. The paper&apos;s Fig. 4: the gap between them grows as the tasks&apos; correlation falls.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; puts OMoE on the canvas and runs an experiment: OMoE and MMoE at &lt;i&gt;p&lt;/i&gt; = 0, 0.5 and 1, 5 seeds, 100 epochs on 10,000 rows (30 runs, about 1 to 2 minutes on 2 cores; measured 76 s).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OMoE&lt;/b&gt; (one-gate mixture of experts) mixes the experts with a single gate for all tasks, &lt;i&gt;y&lt;/i&gt; = &amp;sum;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;g&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;), then a tower per task. MMoE gives each task its own gate. The paper&apos;s Fig. 4: the gap between them grows as the tasks&apos; correlation falls.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; puts OMoE on the canvas and runs an experiment: OMoE and MMoE at &lt;i&gt;p&lt;/i&gt; = 0, 0.5 and 1, 5 seeds, 100 epochs on 10,000 rows (30 runs, about 1 to 2 minutes on 2 cores; measured 76 s).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lesson 3: OMoE vs MMoE across p</source>
        <translation>Lesson 3: OMoE vs MMoE across p</translation>
    </message>
    <message>
        <source>At p = 1 (identical tasks), will 5 seeds tell MMoE and OMoE apart?</source>
        <translation>At p = 1 (identical tasks), will 5 seeds tell MMoE and OMoE apart?</translation>
    </message>
    <message>
        <source>Yes: MMoE is clearly better</source>
        <translation>Yes: MMoE is clearly better</translation>
    </message>
    <message>
        <source>No: the paired interval includes 0</source>
        <translation>No: the paired interval includes 0</translation>
    </message>
    <message>
        <source>No. Identical tasks need no separate gates, so one gate does as well: measured here, OMoE - MMoE = 0.004 +- 0.008 (task 1 test MSE) at p = 1. With 20 seeds and 100 epochs (README, 7 minutes) MMoE&apos;s test MSE is lower at p = 0.5 (by 0.013 +- 0.006) and still not distinguishable at p = 1; 5 seeds are too few to separate the two at p = 0.5.</source>
        <translation>No. Identical tasks need no separate gates, so one gate does as well: measured here, OMoE - MMoE = 0.004 +- 0.008 (task 1 test MSE) at p = 1. With 20 seeds and 100 epochs (README, 7 minutes) MMoE&apos;s test MSE is lower at p = 0.5 (by 0.013 +- 0.006) and still not distinguishable at p = 1; 5 seeds are too few to separate the two at p = 0.5.</translation>
    </message>
    <message>
        <source>Gate divergence against p</source>
        <translation>Gate divergence against p</translation>
    </message>
    <message>
        <source>&lt;p&gt;How differently do MMoE&apos;s two gates use the experts? The &lt;b&gt;gate divergence&lt;/b&gt; is the Jensen-Shannon divergence between the tasks&apos; mean gate distributions: 0 when both gates weigh the experts alike, ln 2 = 0.69 at most.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; puts MMoE on the canvas and adds precomputed results (MMoE and Shared-Bottom at &lt;i&gt;p&lt;/i&gt; = 0, 0.5, 1; &lt;b&gt;10 seeds, 300 epochs, 120 runs, 11 minutes on 2 cores&lt;/b&gt;) and plots the gate divergence against &lt;i&gt;p&lt;/i&gt;. Your own experiment of the step before has the same plot (choose it in the list).&lt;/p&gt;</source>
        <translation>&lt;p&gt;How differently do MMoE&apos;s two gates use the experts? The &lt;b&gt;gate divergence&lt;/b&gt; is the Jensen-Shannon divergence between the tasks&apos; mean gate distributions: 0 when both gates weigh the experts alike, ln 2 = 0.69 at most.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; puts MMoE on the canvas and adds precomputed results (MMoE and Shared-Bottom at &lt;i&gt;p&lt;/i&gt; = 0, 0.5, 1; &lt;b&gt;10 seeds, 300 epochs, 120 runs, 11 minutes on 2 cores&lt;/b&gt;) and plots the gate divergence against &lt;i&gt;p&lt;/i&gt;. Your own experiment of the step before has the same plot (choose it in the list).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>As p goes from 1 (identical tasks) to 0 (unrelated tasks), what happens to the divergence between MMoE&apos;s gates?</source>
        <translation>As p goes from 1 (identical tasks) to 0 (unrelated tasks), what happens to the divergence between MMoE&apos;s gates?</translation>
    </message>
    <message>
        <source>It rises</source>
        <translation>It rises</translation>
    </message>
    <message>
        <source>It falls</source>
        <translation>It falls</translation>
    </message>
    <message>
        <source>It stays the same</source>
        <translation>It stays the same</translation>
    </message>
    <message>
        <source>It rises: 0.012 at p = 1, 0.25 at p = 0.5 and 0.43 at p = 0 (mean of 10 seeds). Unrelated tasks get routed to different experts, which OMoE&apos;s single gate cannot do.</source>
        <translation>It rises: 0.012 at p = 1, 0.25 at p = 0.5 and 0.43 at p = 0 (mean of 10 seeds). Unrelated tasks get routed to different experts, which OMoE&apos;s single gate cannot do.</translation>
    </message>
    <message>
        <source>4. PLE: task-specific and shared experts</source>
        <translation>4. PLE: task-specific and shared experts</translation>
    </message>
    <message>
        <source>Experts of one&apos;s own, experts in common, and the seesaw.</source>
        <translation>Experts of one&apos;s own, experts in common, and the seesaw.</translation>
    </message>
    <message>
        <source>Experts of one&apos;s own</source>
        <translation>Experts of one&apos;s own</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CGC&lt;/b&gt; (Tang et al. 2020) gives each task &lt;i&gt;k&lt;/i&gt; its own experts &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;k&lt;/i&gt;,1)&lt;/sub&gt; ... &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;k&lt;/i&gt;,&lt;i&gt;m&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;)&lt;/sub&gt; beside shared ones &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;s&lt;/i&gt;,1)&lt;/sub&gt; ... Task &lt;i&gt;k&lt;/i&gt;&apos;s gate sees only its own and the shared experts: &lt;i&gt;g&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;w&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) &lt;i&gt;S&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;). &lt;b&gt;PLE&lt;/b&gt; stacks such levels; a shared gate between levels mixes all experts for the next level.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; trains PLE (2 levels) on census-income group 1, 3 epochs (binary synthetic data if the census-income files are not found). The Gates panel shows one heatmap per level.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CGC&lt;/b&gt; (Tang et al. 2020) gives each task &lt;i&gt;k&lt;/i&gt; its own experts &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;k&lt;/i&gt;,1)&lt;/sub&gt; ... &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;k&lt;/i&gt;,&lt;i&gt;m&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;)&lt;/sub&gt; beside shared ones &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;s&lt;/i&gt;,1)&lt;/sub&gt; ... Task &lt;i&gt;k&lt;/i&gt;&apos;s gate sees only its own and the shared experts: &lt;i&gt;g&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;w&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) &lt;i&gt;S&lt;sup&gt;k&lt;/sup&gt;&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;). &lt;b&gt;PLE&lt;/b&gt; stacks such levels; a shared gate between levels mixes all experts for the next level.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; trains PLE (2 levels) on census-income group 1, 3 epochs (binary synthetic data if the census-income files are not found). The Gates panel shows one heatmap per level.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In a level&apos;s heatmap, which cells are hatched (not used)?</source>
        <translation>In a level&apos;s heatmap, which cells are hatched (not used)?</translation>
    </message>
    <message>
        <source>The shared experts, in every row</source>
        <translation>The shared experts, in every row</translation>
    </message>
    <message>
        <source>The other task&apos;s own experts</source>
        <translation>The other task&apos;s own experts</translation>
    </message>
    <message>
        <source>None: every gate sees every expert</source>
        <translation>None: every gate sees every expert</translation>
    </message>
    <message>
        <source>A task&apos;s gate never sees the other task&apos;s own experts, so those cells are hatched. The shared gate (row &quot;shared&quot;) sees them all. This is how CGC keeps some capacity for each task alone.</source>
        <translation>A task&apos;s gate never sees the other task&apos;s own experts, so those cells are hatched. The shared gate (row &quot;shared&quot;) sees them all. This is how CGC keeps some capacity for each task alone.</translation>
    </message>
    <message>
        <source>The seesaw: MTL gain per task</source>
        <translation>The seesaw: MTL gain per task</translation>
    </message>
    <message>
        <source>&lt;p&gt;Multi-task learning often helps one task and hurts another (the &lt;b&gt;seesaw&lt;/b&gt;). The PLE paper measures it per task with the &lt;b&gt;MTL gain&lt;/b&gt;: a task&apos;s metric with the multi-task model minus its metric with a single-task model (Eq. 11; positive is better). The Paired differences table lists Single-task - PLE: that gain with its sign turned (negative there: PLE is better), seed by seed, with its interval.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; adds precomputed results: census-income group 1, seven architectures from Single-task to PLE, &lt;b&gt;20 seeds, 5 epochs: 140 runs, 11 minutes on 2 cores&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Multi-task learning often helps one task and hurts another (the &lt;b&gt;seesaw&lt;/b&gt;). The PLE paper measures it per task with the &lt;b&gt;MTL gain&lt;/b&gt;: a task&apos;s metric with the multi-task model minus its metric with a single-task model (Eq. 11; positive is better). The Paired differences table lists Single-task - PLE: that gain with its sign turned (negative there: PLE is better), seed by seed, with its interval.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; adds precomputed results: census-income group 1, seven architectures from Single-task to PLE, &lt;b&gt;20 seeds, 5 epochs: 140 runs, 11 minutes on 2 cores&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Precomputed: census-income group 1, 7 architectures, 20 seeds</source>
        <translation>Precomputed: census-income group 1, 7 architectures, 20 seeds</translation>
    </message>
    <message>
        <source>What is PLE&apos;s MTL gain on the income task here?</source>
        <translation>What is PLE&apos;s MTL gain on the income task here?</translation>
    </message>
    <message>
        <source>Clearly positive</source>
        <translation>Clearly positive</translation>
    </message>
    <message>
        <source>About zero or slightly negative</source>
        <translation>About zero or slightly negative</translation>
    </message>
    <message>
        <source>Strongly negative</source>
        <translation>Strongly negative</translation>
    </message>
    <message>
        <source>Slightly negative: income test AUC 0.9473 for PLE against 0.9480 for single-task models (gain -0.0007), and marital status is 0.9946 for every architecture (gain 0: the task is saturated, so sharing has nothing to give it). On this data no architecture beats single-task models; PLE&apos;s seesaw is milder than OMoE&apos;s (-0.0019).</source>
        <translation>Slightly negative: income test AUC 0.9473 for PLE against 0.9480 for single-task models (gain -0.0007), and marital status is 0.9946 for every architecture (gain 0: the task is saturated, so sharing has nothing to give it). On this data no architecture beats single-task models; PLE&apos;s seesaw is milder than OMoE&apos;s (-0.0019).</translation>
    </message>
    <message>
        <source>5. Sparse gates: Top-k and DSelect-k</source>
        <translation>5. Sparse gates: Top-k and DSelect-k</translation>
    </message>
    <message>
        <source>Gates that use k of n experts per example.</source>
        <translation>Gates that use k of n experts per example.</translation>
    </message>
    <message>
        <source>Top-k: keep the k largest</source>
        <translation>Top-k: keep the k largest</translation>
    </message>
    <message>
        <source>&lt;p&gt;A softmax gate gives every expert some weight, so every expert runs for every example. A &lt;b&gt;Top-k&lt;/b&gt; gate keeps the &lt;i&gt;k&lt;/i&gt; largest gate logits and sets the rest to minus infinity before the softmax: each example uses &lt;i&gt;k&lt;/i&gt; of the &lt;i&gt;n&lt;/i&gt; experts. The noisy variant adds learned noise so that more experts get tried. The choice jumps from one expert to another: Top-k is not smooth.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; trains MMoE with Top-2 gates over 8 experts on binary synthetic data, 20 epochs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A softmax gate gives every expert some weight, so every expert runs for every example. A &lt;b&gt;Top-k&lt;/b&gt; gate keeps the &lt;i&gt;k&lt;/i&gt; largest gate logits and sets the rest to minus infinity before the softmax: each example uses &lt;i&gt;k&lt;/i&gt; of the &lt;i&gt;n&lt;/i&gt; experts. The noisy variant adds learned noise so that more experts get tried. The choice jumps from one expert to another: Top-k is not smooth.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; trains MMoE with Top-2 gates over 8 experts on binary synthetic data, 20 epochs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>With k = 2 of 8 experts, how many experts does one example use?</source>
        <translation>With k = 2 of 8 experts, how many experts does one example use?</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>8, with small weights on 6</source>
        <translation>8, with small weights on 6</translation>
    </message>
    <message>
        <source>It depends on the batch</source>
        <translation>It depends on the batch</translation>
    </message>
    <message>
        <source>Exactly 2: the other 6 get weight 0 for that example. The heatmap shows the mean over the validation examples, so more than 2 columns can be coloured: different examples choose different pairs.</source>
        <translation>Exactly 2: the other 6 get weight 0 for that example. The heatmap shows the mean over the validation examples, so more than 2 columns can be coloured: different examples choose different pairs.</translation>
    </message>
    <message>
        <source>DSelect-k: smooth and sparse</source>
        <translation>DSelect-k: smooth and sparse</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;DSelect-k&lt;/b&gt; (Hazimeh et al. 2021) has &lt;i&gt;k&lt;/i&gt; selectors. Each picks one expert through a binary code of its index: each bit is a &lt;b&gt;smooth-step&lt;/b&gt; function of a learned parameter, 0 or 1 outside a small interval and smooth inside it. Gradients flow while the selectors are undecided; as training goes on the bits settle at exactly 0 or 1 and the gate becomes sparse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; trains MMoE with DSelect-2 gates on the same data. Scrub the epoch slider in the Gates panel: the weights concentrate on few experts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;DSelect-k&lt;/b&gt; (Hazimeh et al. 2021) has &lt;i&gt;k&lt;/i&gt; selectors. Each picks one expert through a binary code of its index: each bit is a &lt;b&gt;smooth-step&lt;/b&gt; function of a learned parameter, 0 or 1 outside a small interval and smooth inside it. Gradients flow while the selectors are undecided; as training goes on the bits settle at exactly 0 or 1 and the gate becomes sparse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; trains MMoE with DSelect-2 gates on the same data. Scrub the epoch slider in the Gates panel: the weights concentrate on few experts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How does DSelect-k differ from Top-k?</source>
        <translation>How does DSelect-k differ from Top-k?</translation>
    </message>
    <message>
        <source>It is smooth, and becomes sparse</source>
        <translation>It is smooth, and becomes sparse</translation>
    </message>
    <message>
        <source>It uses every expert</source>
        <translation>It uses every expert</translation>
    </message>
    <message>
        <source>It picks experts at random</source>
        <translation>It picks experts at random</translation>
    </message>
    <message>
        <source>DSelect-k is differentiable everywhere: the smooth-step lets gradient descent choose the experts, and the choice becomes exactly sparse (k experts) once the selectors settle. Top-k&apos;s choice changes in jumps that gradients do not see. The gates here choose per example, so after 20 epochs the heatmap&apos;s means still spread over more than k experts, as with Top-k.</source>
        <translation>DSelect-k is differentiable everywhere: the smooth-step lets gradient descent choose the experts, and the choice becomes exactly sparse (k experts) once the selectors settle. Top-k&apos;s choice changes in jumps that gradients do not see. The gates here choose per example, so after 20 epochs the heatmap&apos;s means still spread over more than k experts, as with Top-k.</translation>
    </message>
    <message>
        <source>6. ESMM: training over the entire space</source>
        <translation>6. ESMM: training over the entire space</translation>
    </message>
    <message>
        <source>Why pCTCVR = pCTR x pCVR trains over the entire space, and what it gains on a funnel.</source>
        <translation>Why pCTCVR = pCTR x pCVR trains over the entire space, and what it gains on a funnel.</translation>
    </message>
    <message>
        <source>Conversion is only seen after a click</source>
        <translation>Conversion is only seen after a click</translation>
    </message>
    <message>
        <source>&lt;p&gt;In advertising, a user sees an impression, may click, and after a click may convert (buy). A conversion-rate (CVR) model trained on clicked impressions only learns from a biased sample: the users who click differ from those who do not, but the model is used on all impressions (&lt;b&gt;sample selection bias&lt;/b&gt;), and clicks are rare (&lt;b&gt;data sparsity&lt;/b&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;ESMM&lt;/b&gt; (Ma et al. 2018) models, on every impression, pCTR = p(click) and pCTCVR = p(click and conversion) = pCTR &amp;times; pCVR. Both have labels on the entire space; pCVR has no loss of its own and is trained through the product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; loads the ESMM template and trains it 10 epochs on a synthetic click -&gt; conversion funnel with strong selection bias. Follow the wiring on the canvas: two towers on one shared bottom, and a Multiply block.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In advertising, a user sees an impression, may click, and after a click may convert (buy). A conversion-rate (CVR) model trained on clicked impressions only learns from a biased sample: the users who click differ from those who do not, but the model is used on all impressions (&lt;b&gt;sample selection bias&lt;/b&gt;), and clicks are rare (&lt;b&gt;data sparsity&lt;/b&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;ESMM&lt;/b&gt; (Ma et al. 2018) models, on every impression, pCTR = p(click) and pCTCVR = p(click and conversion) = pCTR &amp;times; pCVR. Both have labels on the entire space; pCVR has no loss of its own and is trained through the product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up&lt;/b&gt; loads the ESMM template and trains it 10 epochs on a synthetic click -&gt; conversion funnel with strong selection bias. Follow the wiring on the canvas: two towers on one shared bottom, and a Multiply block.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which of ESMM&apos;s outputs has no label of its own?</source>
        <translation>Which of ESMM&apos;s outputs has no label of its own?</translation>
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
        <translation>pCVR. Its labels would exist only on clicked impressions, so ESMM gives it none: on the canvas the cvr head has loss weight 0 and its probability goes through the Multiply block into the joint head, pCTCVR = pCTR x pCVR, whose labels (clicked and converted) exist for every impression.</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>What to look for</translation>
    </message>
    <message>
        <source>&lt;p&gt;The two losses, CTR and CTCVR, are both over all impressions, so the pCVR tower sees every user and its predictions are not confined to clickers.&lt;/p&gt;&lt;p&gt;Does that remove a bias here? The data is a synthetic funnel in which the users who click have conversion features 1.1 standard deviations above the rest (selection bias 1). Measured over 10 seeds (mtlstudio-cli esmm-bias, README), a CVR model trained on clicked rows only scores AUC 0.717 on all impressions and ESMM 0.720: a difference of +0.003 &amp;plusmn; 0.011, no measurable gain. Both depend on the features only, so p(conversion | click, x) is what both estimate; ESMM&apos;s paper gain comes from sparse clicks and what the features do not show.&lt;/p&gt;&lt;p&gt;The towers share their embeddings and bottom layers, so the plentiful click data also helps the rare conversion task.&lt;/p&gt;&lt;p&gt;In the Results panel, the pCVR head&apos;s row has no AUC and no examples: it has no labels of its own. The other two rows are pCTR and pCTCVR, both measured on every test example.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The two losses, CTR and CTCVR, are both over all impressions, so the pCVR tower sees every user and its predictions are not confined to clickers.&lt;/p&gt;&lt;p&gt;Does that remove a bias here? The data is a synthetic funnel in which the users who click have conversion features 1.1 standard deviations above the rest (selection bias 1). Measured over 10 seeds (mtlstudio-cli esmm-bias, README), a CVR model trained on clicked rows only scores AUC 0.717 on all impressions and ESMM 0.720: a difference of +0.003 &amp;plusmn; 0.011, no measurable gain. Both depend on the features only, so p(conversion | click, x) is what both estimate; ESMM&apos;s paper gain comes from sparse clicks and what the features do not show.&lt;/p&gt;&lt;p&gt;The towers share their embeddings and bottom layers, so the plentiful click data also helps the rare conversion task.&lt;/p&gt;&lt;p&gt;In the Results panel, the pCVR head&apos;s row has no AUC and no examples: it has no labels of its own. The other two rows are pCTR and pCTCVR, both measured on every test example.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The precomputed results %1 cannot be read.</source>
        <translation>The precomputed results %1 cannot be read.</translation>
    </message>
    <message>
        <source>The precomputed results %1 cannot be read: %2</source>
        <translation>The precomputed results %1 cannot be read: %2</translation>
    </message>
</context>
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
        <source>input of the shared experts</source>
        <translation>input of the shared experts</translation>
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
    <message>
        <source>task %1&apos;s %2</source>
        <translation>task %1&apos;s %2</translation>
    </message>
    <message>
        <source>mixed experts</source>
        <translation>mixed experts</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>activations</translation>
    </message>
    <message>
        <source>stitched activations</source>
        <translation>stitched activations</translation>
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
    <message>
        <source>With --bench-gui: then inspect the run in the Inspect dock by each of the comma-separated &lt;columns&gt;, print the times and the longest UI stall as JSON (with --grab, also a screenshot of each view).</source>
        <translation>With --bench-gui: then inspect the run in the Inspect dock by each of the comma-separated &lt;columns&gt;, print the times and the longest UI stall as JSON (with --grab, also a screenshot of each view).</translation>
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
    <name>mtl::ui::ClassroomMode</name>
    <message>
        <source>&amp;Classroom Mode</source>
        <translation>&amp;Classroom Mode</translation>
    </message>
    <message>
        <source>Hide the advanced controls chosen in the classroom mode settings</source>
        <translation>Hide the advanced controls chosen in the classroom mode settings</translation>
    </message>
    <message>
        <source>Classroom Mode &amp;Settings…</source>
        <translation>Classroom Mode &amp;Settings…</translation>
    </message>
    <message>
        <source>Choose which controls classroom mode hides</source>
        <translation>Choose which controls classroom mode hides</translation>
    </message>
    <message>
        <source>Classroom Mode Settings</source>
        <translation>Classroom Mode Settings</translation>
    </message>
    <message>
        <source>Classroom mode hides these controls. The choice is saved in the project.</source>
        <translation>Classroom mode hides these controls. The choice is saved in the project.</translation>
    </message>
    <message>
        <source>Classroom mode &amp;on</source>
        <translation>Classroom mode &amp;on</translation>
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
    <message>
        <source>Click → conversion funnel (ESMM)</source>
        <translation>Click → conversion funnel (ESMM)</translation>
    </message>
    <message>
        <source>Selection-bias strength: how much the features that drive clicks also drive conversion (0: clicked and unclicked users have the same conversion features)</source>
        <translation>Selection-bias strength: how much the features that drive clicks also drive conversion (0: clicked and unclicked users have the same conversion features)</translation>
    </message>
    <message>
        <source>Mean click probability over all impressions</source>
        <translation>Mean click probability over all impressions</translation>
    </message>
    <message>
        <source>Mean conversion propensity over all impressions (observed only after a click)</source>
        <translation>Mean conversion propensity over all impressions (observed only after a click)</translation>
    </message>
    <message>
        <source>Number of training impressions (the validation and test rows come on top)</source>
        <translation>Number of training impressions (the validation and test rows come on top)</translation>
    </message>
    <message>
        <source>Selection &amp;bias:</source>
        <translation>Selection &amp;bias:</translation>
    </message>
    <message>
        <source>&amp;Click rate:</source>
        <translation>&amp;Click rate:</translation>
    </message>
    <message>
        <source>Con&amp;version rate:</source>
        <translation>Con&amp;version rate:</translation>
    </message>
    <message>
        <source>Impressions → clicks → conversions for ESMM (Ma et al., SIGIR 2018): tasks click and click_and_conversion; a conversion is observed only after a click.</source>
        <translation>Impressions → clicks → conversions for ESMM (Ma et al., SIGIR 2018): tasks click and click_and_conversion; a conversion is observed only after a click.</translation>
    </message>
    <message>
        <source>Funnel data: selection bias %1, click rate %2, conversion rate %3, d = %4, %5 training rows</source>
        <translation>Funnel data: selection bias %1, click rate %2, conversion rate %3, d = %4, %5 training rows</translation>
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
    <message>
        <source>funnel data (d = %1)</source>
        <translation>funnel data (d = %1)</translation>
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
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Task conflict was not measured (sweep option --conflict-every).</source>
        <translation>Task conflict was not measured (sweep option --conflict-every).</translation>
    </message>
    <message>
        <source>Mean cosine of the tasks&apos; gradients on the shared parameters: %1. Share of measured steps with a pair of tasks below 0: %2.</source>
        <translation>Mean cosine of the tasks&apos; gradients on the shared parameters: %1. Share of measured steps with a pair of tasks below 0: %2.</translation>
    </message>
    <message>
        <source>Task conflict: the runs&apos; mean cosine of the tasks&apos; gradients on the shared parameters, mean ± 95% confidence interval</source>
        <translation>Task conflict: the runs&apos; mean cosine of the tasks&apos; gradients on the shared parameters, mean ± 95% confidence interval</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
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
    <message>
        <source>The grid cannot show the entry &apos;%1&apos;.</source>
        <translation>The grid cannot show the entry &apos;%1&apos;.</translation>
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
    <message>
        <source>Rows: each task&apos;s gate · Columns: experts · Colour: mean gate weight on the validation set</source>
        <translation>Rows: each task&apos;s gate · Columns: experts · Colour: mean gate weight on the validation set</translation>
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
    <name>mtl::ui::InspectPanel</name>
    <message>
        <source>The run to inspect: a finished run that kept its weights</source>
        <translation>The run to inspect: a finished run that kept its weights</translation>
    </message>
    <message>
        <source>Slice the validation rows by this column: a task&apos;s label, a feature, or a column that is not a model input (census-income: education, marital stat)</source>
        <translation>Slice the validation rows by this column: a task&apos;s label, a feature, or a column that is not a model input (census-income: education, marital stat)</translation>
    </message>
    <message>
        <source>Quantile bins of a numeric column</source>
        <translation>Quantile bins of a numeric column</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>Inspect the run&apos;s gates and experts on the validation split</source>
        <translation>Inspect the run&apos;s gates and experts on the validation split</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Run:</translation>
    </message>
    <message>
        <source>Slice by:</source>
        <translation>Slice by:</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Bins:</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Slices</translation>
    </message>
    <message>
        <source>The gate whose per-example weights are projected</source>
        <translation>The gate whose per-example weights are projected</translation>
    </message>
    <message>
        <source>What colours the dots</source>
        <translation>What colours the dots</translation>
    </message>
    <message>
        <source>Gate:</source>
        <translation>Gate:</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Colour by:</translation>
    </message>
    <message>
        <source>Drag a rectangle to select examples; click a dot to follow its example</source>
        <translation>Drag a rectangle to select examples; click a dot to follow its example</translation>
    </message>
    <message>
        <source>Drag a rectangle on the map to select examples.</source>
        <translation>Drag a rectangle on the map to select examples.</translation>
    </message>
    <message>
        <source>Double-click a row to follow it through the model</source>
        <translation>Double-click a row to follow it through the model</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>A row of the validation split (0-based)</source>
        <translation>A row of the validation split (0-based)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Validation row:</source>
        <translation>Validation row:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>This run kept no weights: train it again</source>
        <translation>This run kept no weights: train it again</translation>
    </message>
    <message>
        <source>Train a run first: its gates are inspected here.</source>
        <translation>Train a run first: its gates are inspected here.</translation>
    </message>
    <message>
        <source>This run kept no weights: train it again to inspect it.</source>
        <translation>This run kept no weights: train it again to inspect it.</translation>
    </message>
    <message>
        <source>Choose a column and press Inspect.</source>
        <translation>Choose a column and press Inspect.</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>Inspecting…</translation>
    </message>
    <message>
        <source>Loading the data…</source>
        <translation>Loading the data…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Inspection cancelled.</source>
        <translation>Inspection cancelled.</translation>
    </message>
    <message>
        <source>Could not inspect the run: %1</source>
        <translation>Could not inspect the run: %1</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Label: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Slice: %1</source>
        <translation>Slice: %1</translation>
    </message>
    <message>
        <source>Feature: %1</source>
        <translation>Feature: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>%1
n = %2</source>
        <translation>%1
n = %2</translation>
    </message>
    <message>
        <source>%1: mutual information between the slice and the top expert %2 bits; weighted JS divergence from the overall allocation %3 nats</source>
        <translation>%1: mutual information between the slice and the top expert %2 bits; weighted JS divergence from the overall allocation %3 nats</translation>
    </message>
    <message numerus="yes">
        <source>Sliced by %1 (%n slices). </source>
        <translation>
            <numerusform>Sliced by %1 (%n slices). </numerusform>
            <numerusform>Sliced by %1 (%n slices). </numerusform>
        </translation>
    </message>
    <message>
        <source>PC 1 (variance %1)</source>
        <translation>PC 1 (variance %1)</translation>
    </message>
    <message>
        <source>PC 2 (variance %1)</source>
        <translation>PC 2 (variance %1)</translation>
    </message>
    <message>
        <source>No examples in the rectangle.</source>
        <translation>No examples in the rectangle.</translation>
    </message>
    <message numerus="yes">
        <source>%n examples selected. Mean allocation of %1: %2</source>
        <translation>
            <numerusform>%n examples selected. Mean allocation of %1: %2</numerusform>
            <numerusform>%n examples selected. Mean allocation of %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predictions</translation>
    </message>
    <message>
        <source>%1 (label %2)</source>
        <translation>%1 (label %2)</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <source>mixture norm %1</source>
        <translation>mixture norm %1</translation>
    </message>
    <message>
        <source>contribution norm %1</source>
        <translation>contribution norm %1</translation>
    </message>
    <message>
        <source>Experts&apos; output norms</source>
        <translation>Experts&apos; output norms</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Similarity of the experts&apos; outputs (linear CKA)</source>
        <translation>Similarity of the experts&apos; outputs (linear CKA)</translation>
    </message>
    <message>
        <source>No near-duplicate experts (CKA above 0.95).</source>
        <translation>No near-duplicate experts (CKA above 0.95).</translation>
    </message>
    <message>
        <source>Near-duplicate experts (CKA above 0.95, framed): %1</source>
        <translation>Near-duplicate experts (CKA above 0.95, framed): %1</translation>
    </message>
    <message>
        <source>Share of each gate&apos;s weight</source>
        <translation>Share of each gate&apos;s weight</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Field %1</translation>
    </message>
    <message numerus="yes">
        <source>Input sensitivity on %n sampled rows: the mean change of the expert&apos;s output when the field is taken from another row, relative to the output&apos;s mean norm</source>
        <translation>
            <numerusform>Input sensitivity on %n sampled rows: the mean change of the expert&apos;s output when the field is taken from another row, relative to the output&apos;s mean norm</numerusform>
            <numerusform>Input sensitivity on %n sampled rows: the mean change of the expert&apos;s output when the field is taken from another row, relative to the output&apos;s mean norm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tower output: %n values, norm %1</source>
        <translation>
            <numerusform>tower output: %n values, norm %1</numerusform>
            <numerusform>tower output: %n values, norm %1</numerusform>
        </translation>
    </message>
    <message>
        <source>tower output: %1</source>
        <translation>tower output: %1</translation>
    </message>
    <message>
        <source>Input fields each expert is most sensitive to:</source>
        <translation>Input fields each expert is most sensitive to:</translation>
    </message>
    <message numerus="yes">
        <source>%n validation rows in %1 s (slices %2 s, map %3 s, similarity %4 s, sensitivity %5 s on %6 rows).</source>
        <translation>
            <numerusform>%n validation rows in %1 s (slices %2 s, map %3 s, similarity %4 s, sensitivity %5 s on %6 rows).</numerusform>
            <numerusform>%n validation rows in %1 s (slices %2 s, map %3 s, similarity %4 s, sensitivity %5 s on %6 rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>Data loaded in %1 s.</source>
        <translation>Data loaded in %1 s.</translation>
    </message>
    <message>
        <source>Data already loaded.</source>
        <translation>Data already loaded.</translation>
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
    <name>mtl::ui::LearnCards</name>
    <message>
        <source>Single-task networks</source>
        <translation>Single-task networks</translation>
    </message>
    <message>
        <source>Each task &lt;i&gt;k&lt;/i&gt; has its own network &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; from the input &lt;i&gt;x&lt;/i&gt; to its prediction: nothing is shared. It is the baseline every multi-task model is measured against: sharing helps a task when it beats its single-task network.</source>
        <translation>Each task &lt;i&gt;k&lt;/i&gt; has its own network &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; from the input &lt;i&gt;x&lt;/i&gt; to its prediction: nothing is shared. It is the baseline every multi-task model is measured against: sharing helps a task when it beats its single-task network.</translation>
    </message>
    <message>
        <source>Shared-Bottom (hard parameter sharing)</source>
        <translation>Shared-Bottom (hard parameter sharing)</translation>
    </message>
    <message>
        <source>One bottom network &lt;i&gt;f&lt;/i&gt;, shared by all tasks, turns the input into a representation; each task&apos;s tower &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; reads it and predicts. Sharing acts as a regulariser when the tasks are related, and hurts them (negative transfer) when they are not.</source>
        <translation>One bottom network &lt;i&gt;f&lt;/i&gt;, shared by all tasks, turns the input into a representation; each task&apos;s tower &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; reads it and predicts. Sharing acts as a regulariser when the tasks are related, and hurts them (negative transfer) when they are not.</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>An expert group holds &lt;i&gt;n&lt;/i&gt; small networks &lt;i&gt;f&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt; … &lt;i&gt;f&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; of the same shape, each reading the same input. They start different (random initialisation) and specialise as the gates send them different tasks or examples. Its output is the list of the &lt;i&gt;n&lt;/i&gt; expert outputs, for mixtures to weigh.</source>
        <translation>An expert group holds &lt;i&gt;n&lt;/i&gt; small networks &lt;i&gt;f&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt; … &lt;i&gt;f&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; of the same shape, each reading the same input. They start different (random initialisation) and specialise as the gates send them different tasks or examples. Its output is the list of the &lt;i&gt;n&lt;/i&gt; expert outputs, for mixtures to weigh.</translation>
    </message>
    <message>
        <source>Mixture of experts (OMoE)</source>
        <translation>Mixture of experts (OMoE)</translation>
    </message>
    <message>
        <source>A gate &lt;i&gt;g&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) gives a softmax weight to each expert &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; for every example, and the mixture &lt;i&gt;y&lt;/i&gt; is the weighted sum of the experts&apos; outputs. In the one-gate model (OMoE) all task towers &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; read the same mixture: the experts are shared, but every task gets the same blend of them.</source>
        <translation>A gate &lt;i&gt;g&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) gives a softmax weight to each expert &lt;i&gt;f&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; for every example, and the mixture &lt;i&gt;y&lt;/i&gt; is the weighted sum of the experts&apos; outputs. In the one-gate model (OMoE) all task towers &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; read the same mixture: the experts are shared, but every task gets the same blend of them.</translation>
    </message>
    <message>
        <source>Multi-gate mixture of experts (MMoE)</source>
        <translation>Multi-gate mixture of experts (MMoE)</translation>
    </message>
    <message>
        <source>Every task &lt;i&gt;k&lt;/i&gt; has its own softmax gate &lt;i&gt;g&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; over the shared experts, so each task mixes its own blend &lt;i&gt;f&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; of them and feeds it to its tower &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt;. Related tasks learn to use the same experts; unrelated tasks can use different ones, which avoids much of Shared-Bottom&apos;s negative transfer at almost no extra cost.</source>
        <translation>Every task &lt;i&gt;k&lt;/i&gt; has its own softmax gate &lt;i&gt;g&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; over the shared experts, so each task mixes its own blend &lt;i&gt;f&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; of them and feeds it to its tower &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt;. Related tasks learn to use the same experts; unrelated tasks can use different ones, which avoids much of Shared-Bottom&apos;s negative transfer at almost no extra cost.</translation>
    </message>
    <message>
        <source>CGC and PLE (progressive layered extraction)</source>
        <translation>CGC and PLE (progressive layered extraction)</translation>
    </message>
    <message>
        <source>Customized Gate Control gives each task &lt;i&gt;k&lt;/i&gt; its own experts &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;k&lt;/i&gt;,&lt;i&gt;i&lt;/i&gt;)&lt;/sub&gt; besides the shared experts &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;s&lt;/i&gt;,&lt;i&gt;i&lt;/i&gt;)&lt;/sub&gt;; task &lt;i&gt;k&lt;/i&gt;&apos;s gate &lt;i&gt;w&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; weighs only its own and the shared ones (the selection &lt;i&gt;S&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt;). PLE stacks CGC levels: level &lt;i&gt;j&lt;/i&gt;&apos;s gates read the previous level&apos;s outputs, and a shared gate over all experts feeds the next level&apos;s shared experts. Separating task-specific from shared knowledge eases the seesaw where one task improves while another gets worse.</source>
        <translation>Customized Gate Control gives each task &lt;i&gt;k&lt;/i&gt; its own experts &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;k&lt;/i&gt;,&lt;i&gt;i&lt;/i&gt;)&lt;/sub&gt; besides the shared experts &lt;i&gt;E&lt;/i&gt;&lt;sub&gt;(&lt;i&gt;s&lt;/i&gt;,&lt;i&gt;i&lt;/i&gt;)&lt;/sub&gt;; task &lt;i&gt;k&lt;/i&gt;&apos;s gate &lt;i&gt;w&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt; weighs only its own and the shared ones (the selection &lt;i&gt;S&lt;/i&gt;&lt;sup&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt;). PLE stacks CGC levels: level &lt;i&gt;j&lt;/i&gt;&apos;s gates read the previous level&apos;s outputs, and a shared gate over all experts feeds the next level&apos;s shared experts. Separating task-specific from shared knowledge eases the seesaw where one task improves while another gets worse.</translation>
    </message>
    <message>
        <source>ESMM (entire space multi-task model)</source>
        <translation>ESMM (entire space multi-task model)</translation>
    </message>
    <message>
        <source>Conversion is only observed after a click, so a conversion model trained on clicked examples is biased on the whole population. ESMM predicts pCTR and pCVR with two towers on a shared bottom and trains their product pCTCVR = pCTR × pCVR, together with pCTR, on all examples: pCVR is never fitted on the clicked examples alone.</source>
        <translation>Conversion is only observed after a click, so a conversion model trained on clicked examples is biased on the whole population. ESMM predicts pCTR and pCVR with two towers on a shared bottom and trains their product pCTCVR = pCTR × pCVR, together with pCTR, on all examples: pCVR is never fitted on the clicked examples alone.</translation>
    </message>
    <message>
        <source>Cross-stitch units</source>
        <translation>Cross-stitch units</translation>
    </message>
    <message>
        <source>Each task keeps its own network; between corresponding layers, a cross-stitch unit mixes the tasks&apos; activations &lt;i&gt;x&lt;sub&gt;A&lt;/sub&gt;&lt;/i&gt;, &lt;i&gt;x&lt;sub&gt;B&lt;/sub&gt;&lt;/i&gt; with a learned matrix α. A diagonal α means no sharing, equal entries mean the layers are shared: the network learns how much to share at each depth.</source>
        <translation>Each task keeps its own network; between corresponding layers, a cross-stitch unit mixes the tasks&apos; activations &lt;i&gt;x&lt;sub&gt;A&lt;/sub&gt;&lt;/i&gt;, &lt;i&gt;x&lt;sub&gt;B&lt;/sub&gt;&lt;/i&gt; with a learned matrix α. A diagonal α means no sharing, equal entries mean the layers are shared: the network learns how much to share at each depth.</translation>
    </message>
    <message>
        <source>L2-constrained soft sharing</source>
        <translation>L2-constrained soft sharing</translation>
    </message>
    <message>
        <source>Each task keeps its own network, and a penalty λ‖&lt;i&gt;W&lt;sub&gt;A&lt;/sub&gt;&lt;/i&gt; − &lt;i&gt;W&lt;sub&gt;B&lt;/sub&gt;&lt;/i&gt;‖² pulls the weights of corresponding layers together. λ = 0 gives separate networks; a very large λ forces identical weights, as hard sharing does.</source>
        <translation>Each task keeps its own network, and a penalty λ‖&lt;i&gt;W&lt;sub&gt;A&lt;/sub&gt;&lt;/i&gt; − &lt;i&gt;W&lt;sub&gt;B&lt;/sub&gt;&lt;/i&gt;‖² pulls the weights of corresponding layers together. λ = 0 gives separate networks; a very large λ forces identical weights, as hard sharing does.</translation>
    </message>
    <message>
        <source>Top-k and noisy Top-k gates</source>
        <translation>Top-k and noisy Top-k gates</translation>
    </message>
    <message>
        <source>The gate keeps the &lt;i&gt;k&lt;/i&gt; largest of its logits &lt;i&gt;H&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) and sets the others to −∞ before the softmax, so each example uses only &lt;i&gt;k&lt;/i&gt; experts. Noise scaled by a learned softplus is added while training, which spreads examples over the experts. The choice of experts is not differentiable: only the kept experts get gradients.</source>
        <translation>The gate keeps the &lt;i&gt;k&lt;/i&gt; largest of its logits &lt;i&gt;H&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) and sets the others to −∞ before the softmax, so each example uses only &lt;i&gt;k&lt;/i&gt; experts. Noise scaled by a learned softplus is added while training, which spreads examples over the experts. The choice of experts is not differentiable: only the kept experts get gradients.</translation>
    </message>
    <message>
        <source>DSelect-k gate</source>
        <translation>DSelect-k gate</translation>
    </message>
    <message>
        <source>&lt;i&gt;k&lt;/i&gt; selectors each pick one expert through its binary code: bit &lt;i&gt;j&lt;/i&gt; of the code is a smooth-step &lt;i&gt;S&lt;/i&gt;(&lt;i&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;), which reaches exactly 0 and 1, so a selector converges to one expert while staying differentiable. Softmax weights α combine the &lt;i&gt;k&lt;/i&gt; selections into the gate &lt;i&gt;q&lt;/i&gt;. Static gates learn &lt;i&gt;Z&lt;/i&gt; and α directly; per-example gates compute them from &lt;i&gt;x&lt;/i&gt;.</source>
        <translation>&lt;i&gt;k&lt;/i&gt; selectors each pick one expert through its binary code: bit &lt;i&gt;j&lt;/i&gt; of the code is a smooth-step &lt;i&gt;S&lt;/i&gt;(&lt;i&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;), which reaches exactly 0 and 1, so a selector converges to one expert while staying differentiable. Softmax weights α combine the &lt;i&gt;k&lt;/i&gt; selections into the gate &lt;i&gt;q&lt;/i&gt;. Static gates learn &lt;i&gt;Z&lt;/i&gt; and α directly; per-example gates compute them from &lt;i&gt;x&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Task heads and the multi-task loss</source>
        <translation>Task heads and the multi-task loss</translation>
    </message>
    <message>
        <source>A task head turns its tower&apos;s output &lt;i&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; into the prediction: a probability σ(&lt;i&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;) for a binary task, &lt;i&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; itself for regression. Training minimises the sum of the tasks&apos; losses (cross-entropy or squared error), each weighted by its loss weight &lt;i&gt;w&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;.</source>
        <translation>A task head turns its tower&apos;s output &lt;i&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; into the prediction: a probability σ(&lt;i&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;) for a binary task, &lt;i&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt; itself for regression. Training minimises the sum of the tasks&apos; losses (cross-entropy or squared error), each weighted by its loss weight &lt;i&gt;w&lt;sub&gt;k&lt;/sub&gt;&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>The input features x.</source>
        <translation>The input features x.</translation>
    </message>
    <message>
        <source>An expert network (an expert group&apos;s member).</source>
        <translation>An expert network (an expert group&apos;s member).</translation>
    </message>
    <message>
        <source>A task-specific expert: only its task&apos;s gate weighs it.</source>
        <translation>A task-specific expert: only its task&apos;s gate weighs it.</translation>
    </message>
    <message>
        <source>A shared expert: every task&apos;s gate may weigh it.</source>
        <translation>A shared expert: every task&apos;s gate may weigh it.</translation>
    </message>
    <message>
        <source>A gate: the weights it gives the experts.</source>
        <translation>A gate: the weights it gives the experts.</translation>
    </message>
    <message>
        <source>A mixture: the experts weighed by a gate.</source>
        <translation>A mixture: the experts weighed by a gate.</translation>
    </message>
    <message>
        <source>The shared bottom network.</source>
        <translation>The shared bottom network.</translation>
    </message>
    <message>
        <source>A task&apos;s tower (the layers before its head).</source>
        <translation>A task&apos;s tower (the layers before its head).</translation>
    </message>
    <message>
        <source>A task&apos;s own layers.</source>
        <translation>A task&apos;s own layers.</translation>
    </message>
    <message>
        <source>A task head: its prediction and its loss.</source>
        <translation>A task head: its prediction and its loss.</translation>
    </message>
    <message>
        <source>A cross-stitch unit: the learned mixing weights alpha.</source>
        <translation>A cross-stitch unit: the learned mixing weights alpha.</translation>
    </message>
    <message>
        <source>The L2 penalty between two tasks&apos; layers.</source>
        <translation>The L2 penalty between two tasks&apos; layers.</translation>
    </message>
    <message>
        <source>The product of the two probabilities (a Multiply block).</source>
        <translation>The product of the two probabilities (a Multiply block).</translation>
    </message>
</context>
<context>
    <name>mtl::ui::LearnPanel</name>
    <message>
        <source>Browse all cards</source>
        <translation>Browse all cards</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Point at a symbol of the equations to see its blocks on the canvas.</source>
        <translation>Point at a symbol of the equations to see its blocks on the canvas.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Papers</translation>
    </message>
    <message>
        <source>No such block on the canvas.</source>
        <translation>No such block on the canvas.</translation>
    </message>
    <message>
        <source>On the canvas: %1</source>
        <translation>On the canvas: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mtl::ui::LessonPanel</name>
    <message>
        <source>Choose a lesson</source>
        <translation>Choose a lesson</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>Load this step&apos;s template, data and settings, and start its run or experiment</source>
        <translation>Load this step&apos;s template, data and settings, and start its run or experiment</translation>
    </message>
    <message>
        <source>Predict, then run</source>
        <translation>Predict, then run</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Record your prediction; the answer follows once the results are in</source>
        <translation>Record your prediction; the answer follows once the results are in</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>The experiment was cancelled: set up again to run it.</source>
        <translation>The experiment was cancelled: set up again to run it.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>The experiment is running; the answer to the question follows when it has finished.</source>
        <translation>The experiment is running; the answer to the question follows when it has finished.</translation>
    </message>
    <message>
        <source>The run is going on; the answer to the question follows when it has finished.</source>
        <translation>The run is going on; the answer to the question follows when it has finished.</translation>
    </message>
    <message>
        <source>Finished: look at the framed panel.</source>
        <translation>Finished: look at the framed panel.</translation>
    </message>
    <message>
        <source>Your prediction: &quot;%1&quot;. The answer follows when the results are in.</source>
        <translation>Your prediction: &quot;%1&quot;. The answer follows when the results are in.</translation>
    </message>
    <message>
        <source>Your prediction: &quot;%1&quot;. Press Set up and wait for the results to see the answer.</source>
        <translation>Your prediction: &quot;%1&quot;. Press Set up and wait for the results to see the answer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Right.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Right.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not quite:&lt;/b&gt; the answer is &quot;%1&quot;.</source>
        <translation>&lt;b&gt;Not quite:&lt;/b&gt; the answer is &quot;%1&quot;.</translation>
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
    <message>
        <source>&amp;Larger Presentation</source>
        <translation>&amp;Larger Presentation</translation>
    </message>
    <message>
        <source>Enlarge the canvas, charts and panels for a projector</source>
        <translation>Enlarge the canvas, charts and panels for a projector</translation>
    </message>
    <message>
        <source>&amp;Smaller Presentation</source>
        <translation>&amp;Smaller Presentation</translation>
    </message>
    <message>
        <source>Make the canvas, charts and panels smaller again</source>
        <translation>Make the canvas, charts and panels smaller again</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>&amp;Lessons…</translation>
    </message>
    <message>
        <source>Guided lessons: how tasks share experts</source>
        <translation>Guided lessons: how tasks share experts</translation>
    </message>
    <message>
        <source>&amp;Presentation Scale</source>
        <translation>&amp;Presentation Scale</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Learn</translation>
    </message>
    <message>
        <source>Blocks palette</source>
        <translation>Blocks palette</translation>
    </message>
    <message>
        <source>Data settings</source>
        <translation>Data settings</translation>
    </message>
    <message>
        <source>Optimizer and learning rate settings</source>
        <translation>Optimizer and learning rate settings</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>Problem list</translation>
    </message>
    <message>
        <source>Advanced menu entries (templates menu, auto-layout, add block, find, duplicate)</source>
        <translation>Advanced menu entries (templates menu, auto-layout, add block, find, duplicate)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>A run is going on: stop it or wait for it to finish, then set up.</source>
        <translation>A run is going on: stop it or wait for it to finish, then set up.</translation>
    </message>
    <message>
        <source>An experiment is running: cancel it or wait for it, then set up.</source>
        <translation>An experiment is running: cancel it or wait for it, then set up.</translation>
    </message>
    <message>
        <source>%1 This step uses %2 instead; choose the folder in the Data panel and set up again for the real data.</source>
        <translation>%1 This step uses %2 instead; choose the folder in the Data panel and set up again for the real data.</translation>
    </message>
    <message>
        <source>The run did not start.</source>
        <translation>The run did not start.</translation>
    </message>
    <message>
        <source>&amp;Canvas Only</source>
        <translation>&amp;Canvas Only</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Hide every panel so that the graph fills the window; again to bring them back</source>
        <translation>Hide every panel so that the graph fills the window; again to bring them back</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>&amp;Export Run</source>
        <translation>&amp;Export Run</translation>
    </message>
</context>
<context>
    <name>mtl::ui::MatrixView</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
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
    <name>mtl::ui::RunExport</name>
    <message>
        <source>Export to PyTorch: choose an empty folder (or make one)</source>
        <translation>Export to PyTorch: choose an empty folder (or make one)</translation>
    </message>
    <message>
        <source>Export to ONNX</source>
        <translation>Export to ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX models (*.onnx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
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
        <translation>Exporting %1 to %2…</translation>
    </message>
    <message>
        <source>Exported %1 to %2. Run it: %3</source>
        <translation>Exported %1 to %2. Run it: %3</translation>
    </message>
    <message>
        <source>Exported %1 to %2. Train it: %3</source>
        <translation>Exported %1 to %2. Train it: %3</translation>
    </message>
    <message>
        <source>Export of %1 failed: %2</source>
        <translation>Export of %1 failed: %2</translation>
    </message>
    <message>
        <source>Export of %1 failed.</source>
        <translation>Export of %1 failed.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
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
    <message>
        <source>funnel bias=%1</source>
        <translation>funnel bias=%1</translation>
    </message>
    <message>
        <source>Task conflict</source>
        <translation>Task conflict</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>cos %1 · %2% &lt; 0</source>
        <translation>cos %1 · %2% &lt; 0</translation>
    </message>
    <message>
        <source>Task conflict was not measured in this run (Training: Conflict every).</source>
        <translation>Task conflict was not measured in this run (Training: Conflict every).</translation>
    </message>
    <message numerus="yes">
        <source>Over %n measured step(s): mean cosine of the tasks&apos; gradients on the shared parameters %1; on %2% of the steps some pair of tasks was below 0.</source>
        <translation>
            <numerusform>Over %n measured step: mean cosine of the tasks&apos; gradients on the shared parameters %1; on %2% of the steps some pair of tasks was below 0.</numerusform>
            <numerusform>Over %n measured steps: mean cosine of the tasks&apos; gradients on the shared parameters %1; on %2% of the steps some pair of tasks was below 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>The method changed the shared gradient on %1% of them, by %2% on average.</source>
        <translation>The method changed the shared gradient on %1% of them, by %2% on average.</translation>
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
    <message>
        <source>Export to &amp;PyTorch…</source>
        <translation>Export to &amp;PyTorch…</translation>
    </message>
    <message>
        <source>Write the selected run as a PyTorch folder: model, weights, preprocessing and a DistributedDataParallel training script</source>
        <translation>Write the selected run as a PyTorch folder: model, weights, preprocessing and a DistributedDataParallel training script</translation>
    </message>
    <message>
        <source>Export to &amp;ONNX…</source>
        <translation>Export to &amp;ONNX…</translation>
    </message>
    <message>
        <source>Write the selected run&apos;s model and weights as an ONNX file for serving (needs Python with PyTorch and ONNX)</source>
        <translation>Write the selected run&apos;s model and weights as an ONNX file for serving (needs Python with PyTorch and ONNX)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the selected run to PyTorch or ONNX</source>
        <translation>Export the selected run to PyTorch or ONNX</translation>
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
    <message>
        <source>Task conflict</source>
        <translation>Task conflict</translation>
    </message>
    <message>
        <source>Gradient cosine</source>
        <translation>Gradient cosine</translation>
    </message>
    <message>
        <source>Task weights</source>
        <translation>Task weights</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>The weight the loss-weighting method gives each task&apos;s loss at each step (uncertainty weighting, GradNorm, DWA, PLE decay), before the task&apos;s own loss weight</source>
        <translation>The weight the loss-weighting method gives each task&apos;s loss at each step (uncertainty weighting, GradNorm, DWA, PLE decay), before the task&apos;s own loss weight</translation>
    </message>
    <message>
        <source>Pair %1</source>
        <translation>Pair %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cosine of two tasks&apos; gradients on the shared parameters at each measured step: below 0 the tasks pull the shared weights in opposite directions. Each legend entry gives the pair&apos;s mean.</source>
        <translation>Cosine of two tasks&apos; gradients on the shared parameters at each measured step: below 0 the tasks pull the shared weights in opposite directions. Each legend entry gives the pair&apos;s mean.</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean %2; below 0 on %3% of %n measured step(s)</source>
        <translation>
            <numerusform>%1: mean %2; below 0 on %3% of %n measured step</numerusform>
            <numerusform>%1: mean %2; below 0 on %3% of %n measured steps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
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
    <message>
        <source>Equal weights (EW)</source>
        <translation>Equal weights (EW)</translation>
    </message>
    <message>
        <source>Each task&apos;s loss times its loss weight below: the default</source>
        <translation>Each task&apos;s loss times its loss weight below: the default</translation>
    </message>
    <message>
        <source>Uncertainty weighting (UW)</source>
        <translation>Uncertainty weighting (UW)</translation>
    </message>
    <message>
        <source>Learns one log-variance per task (Kendall et al. 2018): a noisier task gets less weight</source>
        <translation>Learns one log-variance per task (Kendall et al. 2018): a noisier task gets less weight</translation>
    </message>
    <message>
        <source>GradNorm</source>
        <translation>GradNorm</translation>
    </message>
    <message>
        <source>Learns weights that balance the tasks&apos; gradient norms (Chen et al. 2018); alpha sets how hard a task that learns slower is pushed</source>
        <translation>Learns weights that balance the tasks&apos; gradient norms (Chen et al. 2018); alpha sets how hard a task that learns slower is pushed</translation>
    </message>
    <message>
        <source>Dynamic weight averaging (DWA)</source>
        <translation>Dynamic weight averaging (DWA)</translation>
    </message>
    <message>
        <source>Weights from how fast each task&apos;s loss fell over the last two epochs (Liu et al. 2019); a higher temperature evens them out</source>
        <translation>Weights from how fast each task&apos;s loss fell over the last two epochs (Liu et al. 2019); a higher temperature evens them out</translation>
    </message>
    <message>
        <source>PLE decay</source>
        <translation>PLE decay</translation>
    </message>
    <message>
        <source>Each task&apos;s weight times gamma to the power of the epoch (PLE, Tang et al. 2020)</source>
        <translation>Each task&apos;s weight times gamma to the power of the epoch (PLE, Tang et al. 2020)</translation>
    </message>
    <message>
        <source>PCGrad</source>
        <translation>PCGrad</translation>
    </message>
    <message>
        <source>On the shared parameters, each task&apos;s gradient is projected off the gradients it conflicts with (Yu et al. 2020)</source>
        <translation>On the shared parameters, each task&apos;s gradient is projected off the gradients it conflicts with (Yu et al. 2020)</translation>
    </message>
    <message>
        <source>MGDA</source>
        <translation>MGDA</translation>
    </message>
    <message>
        <source>On the shared parameters, the smallest combination of the task gradients on their convex hull (Sener and Koltun 2018)</source>
        <translation>On the shared parameters, the smallest combination of the task gradients on their convex hull (Sener and Koltun 2018)</translation>
    </message>
    <message>
        <source>CAGrad</source>
        <translation>CAGrad</translation>
    </message>
    <message>
        <source>On the shared parameters, the mean gradient moved towards the task that gains least, within a radius c (Liu et al. 2021)</source>
        <translation>On the shared parameters, the mean gradient moved towards the task that gains least, within a radius c (Liu et al. 2021)</translation>
    </message>
    <message>
        <source>MGDA-UB</source>
        <translation>MGDA-UB</translation>
    </message>
    <message>
        <source>MGDA&apos;s combination computed from the gradients on the shared representation (the experts&apos; or the bottom&apos;s outputs): cheaper, the paper&apos;s upper bound; CGC and PLE use MGDA</source>
        <translation>MGDA&apos;s combination computed from the gradients on the shared representation (the experts&apos; or the bottom&apos;s outputs): cheaper, the paper&apos;s upper bound; CGC and PLE use MGDA</translation>
    </message>
    <message>
        <source>How the tasks&apos; losses are combined into one gradient. Fixed for a run.</source>
        <translation>How the tasks&apos; losses are combined into one gradient. Fixed for a run.</translation>
    </message>
    <message>
        <source>GradNorm&apos;s alpha: how hard a task whose loss falls slower is pushed (0: equal gradient norms; default 1.5)</source>
        <translation>GradNorm&apos;s alpha: how hard a task whose loss falls slower is pushed (0: equal gradient norms; default 1.5)</translation>
    </message>
    <message>
        <source>DWA&apos;s temperature: higher evens the weights out (default 2)</source>
        <translation>DWA&apos;s temperature: higher evens the weights out (default 2)</translation>
    </message>
    <message>
        <source>PLE&apos;s decay: each task&apos;s weight is multiplied by gamma once per epoch (1: no decay)</source>
        <translation>PLE&apos;s decay: each task&apos;s weight is multiplied by gamma once per epoch (1: no decay)</translation>
    </message>
    <message>
        <source>CAGrad&apos;s radius c (0: the mean gradient, as EW; default 0.5)</source>
        <translation>CAGrad&apos;s radius c (0: the mean gradient, as EW; default 0.5)</translation>
    </message>
    <message>
        <source>Measure task conflict (the cosines of the tasks&apos; gradients on the shared parameters) every N steps, 0: never. GradNorm and the gradient methods measure it on every step. A measured step costs one backward pass per task.</source>
        <translation>Measure task conflict (the cosines of the tasks&apos; gradients on the shared parameters) every N steps, 0: never. GradNorm and the gradient methods measure it on every step. A measured step costs one backward pass per task.</translation>
    </message>
    <message>
        <source>&amp;Alpha:</source>
        <translation>&amp;Alpha:</translation>
    </message>
    <message>
        <source>&amp;Gamma:</source>
        <translation>&amp;Gamma:</translation>
    </message>
    <message>
        <source>&amp;c:</source>
        <translation>&amp;c:</translation>
    </message>
    <message>
        <source>Loss weighting</source>
        <translation>Loss weighting</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation>Met&amp;hod:</translation>
    </message>
    <message>
        <source>Temperat&amp;ure:</source>
        <translation>Temperat&amp;ure:</translation>
    </message>
    <message>
        <source>Conflict e&amp;very:</source>
        <translation>Conflict e&amp;very:</translation>
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
