"""PyTorch modules mirroring the blocks of MTL Studio's engine, one class per registry kind.

Exported with a model by `mtlstudio-cli export --to pytorch`; model.py (generated) wires them
into the exported graph. Every class reproduces the engine's forward pass (core/nn/*.cpp) so
that exported weights give the engine's predictions, and its parameter names and shapes are those
the exporter writes (weights.json). Layout: a batch is (batch, features); the n experts of a group
are (batch, n, width); gate weights are (batch, n).

    registry kind          class            engine source
    input.features         Features         core/nn/InputLayer.cpp
    layer.dense            Dense            core/nn/DenseLayers.cpp (+ FcStack in Linear.cpp)
    experts.group          ExpertGroup      core/nn/DenseLayers.cpp
    op.concat/add/multiply Concat/Add/Multiply
    gate.softmax           SoftmaxGate      core/nn/GateLayers.cpp
    mixture                Mixture          core/nn/GateLayers.cpp
    gate.topk              TopKGate         core/nn/TopKLayers.cpp
    gate.dselect           DSelectGate      core/nn/DSelectLayers.cpp
    ple.cgc                CgcLevel         core/nn/CgcLayers.cpp
    sharing.cross_stitch   CrossStitch      core/nn/SharingLayers.cpp
    sharing.l2             L2Sharing        core/nn/SharingLayers.cpp
    task.binary            BinaryHead       core/nn/TaskLayers.cpp
    task.regression        RegressionHead   core/nn/TaskLayers.cpp

Modules that add a regulariser while training (Top-k importance loss, DSelect-k entropy and
non-existent-expert barrier, L2 sharing) return it next to their output; it is zero in eval mode.
"""
import math

import torch
import torch.nn.functional as F
from torch import nn


def activation(name):
    return {
        "relu": torch.relu,
        "tanh": torch.tanh,
        "sigmoid": torch.sigmoid,
        "identity": lambda x: x,
    }[name]


def init_linear(weight, bias, act, fan_in, fan_out, scale=1.0):
    """The engine's initialisation: He-uniform before a ReLU, Glorot-uniform otherwise; bias 0."""
    if act == "relu":
        limit = math.sqrt(6.0 / max(1, fan_in))
    else:
        limit = math.sqrt(6.0 / max(1, fan_in + fan_out))
    with torch.no_grad():
        weight.uniform_(-limit, limit).mul_(scale)
        if bias is not None:
            bias.zero_()


class Features(nn.Module):
    """input.features: numeric columns, then categorical fields one-hot or embedded.

    numeric: float (batch, numeric) already standardised (preprocess.py);
    categorical: long (batch, fields) codes, 0 = value not seen in training.
    """

    def __init__(self, numeric, categories, encoding="onehot", embedding_dim=4):
        super().__init__()
        self.numeric = numeric
        self.categories = list(categories)
        self.total = sum(self.categories)
        offsets, off = [], 0
        for c in self.categories:
            offsets.append(off)
            off += c
        self.register_buffer("offsets", torch.tensor(offsets, dtype=torch.long), persistent=False)
        self.embedding = None
        self.embedding_blocks = None  # prepare_onnx
        if encoding == "embedding" and self.categories:
            self.embedding = nn.Embedding(self.total, embedding_dim)
            with torch.no_grad():
                self.embedding.weight.normal_(0.0, 0.05)

    def forward(self, numeric, categorical):
        parts = [numeric] if self.numeric else []
        if self.categories:
            if torch.onnx.is_in_onnx_export() and (self.embedding is None or
                                                    self.embedding_blocks is not None):
                onehot = self.onehot_arithmetic(numeric, categorical)
                parts.append(onehot if self.embedding is None else
                             torch.matmul(onehot, self.embedding_blocks))
                return torch.cat(parts, 1)
            codes = categorical.long() + self.offsets
            if self.embedding is not None:
                parts.append(self.embedding(codes).flatten(1))  # field-major, like the engine
            else:
                onehot = numeric.new_zeros(codes.shape[0], self.total)
                parts.append(onehot.scatter_(1, codes, 1.0))
        return torch.cat(parts, 1)

    def prepare_onnx(self):
        """For ONNX export (onnx_export.py calls it): the embeddings as one product of the one-hot
        block with a (total, fields * dim) matrix holding field f's table in rows of its codes
        and columns f * dim ... (f + 1) * dim, since OpenCV 4.6's dnn gathers only constant
        indices. Each output is 1 x its embedding value plus exact zeros."""
        if self.embedding is None:
            return
        with torch.no_grad():
            w = self.embedding.weight
            dim = w.shape[1]
            blocks = torch.zeros(self.total, len(self.categories) * dim)
            for f, (o, c) in enumerate(zip(self.offsets.tolist(), self.categories)):
                blocks[o:o + c, f * dim:(f + 1) * dim] = w[o:o + c]
            self.embedding_blocks = blocks

    def onehot_arithmetic(self, numeric, categorical):
        """The one-hot block from 2-D float arithmetic only (for ONNX runtimes without Scatter,
        Gather on computed indices or general broadcasting, such as OpenCV 4.6's dnn): each
        column gets the code of its field (a product with a 0/1 matrix), and relu(1 - |that - k|)
        is exactly 1 where that code is the column's value k and 0 elsewhere."""
        spread = [[0.0] * self.total for _ in self.categories]
        code_of_column = []  # column j = code k of its field
        for f, c in enumerate(self.categories):
            for k in range(c):
                spread[f][len(code_of_column)] = 1.0
                code_of_column.append(float(k))
        column_code = torch.matmul(categorical.to(numeric.dtype), torch.tensor(spread))
        return torch.relu(1.0 - (column_code - torch.tensor(code_of_column)).abs())


class GroupedLinear(nn.Module):
    """`groups` independent linear maps, input and output stacked per group.

    weight (groups * out, in) holds group g's (out, in) matrix in rows g*out ... (g+1)*out - 1,
    as the engine stores deeper expert layers.
    """

    def __init__(self, groups, in_features, out_features):
        super().__init__()
        self.groups, self.in_features, self.out_features = groups, in_features, out_features
        self.weight = nn.Parameter(torch.empty(groups * out_features, in_features))
        self.bias = nn.Parameter(torch.zeros(groups * out_features))
        self.block_diagonal = None

    def prepare_onnx(self):
        """For ONNX export (onnx_export.py calls it): runs as one (groups * out, groups * in) block-diagonal matrix, which ONNX runtimes
        without batched MatMul (OpenCV 4.6) read; the same products plus exact zeros."""
        with torch.no_grad():
            w = self.weight.view(self.groups, self.out_features, self.in_features)
            self.block_diagonal = torch.block_diag(*w.unbind(0)).clone()

    def forward(self, x):  # (batch, groups * in) -> (batch, groups * out)
        g, i, o = self.groups, self.in_features, self.out_features
        w = self.weight.view(g, o, i)
        if self.block_diagonal is not None:  # set for ONNX export: one 2-D MatMul
            return F.linear(x, self.block_diagonal, self.bias)
        y = torch.einsum("bgi,goi->bgo", x.view(-1, g, i), w)
        return (y + self.bias.view(g, o)).reshape(-1, g * o)


class FcStack(nn.Module):
    """`groups` MLPs of widths `units` on one input (core/nn/Linear.h FcStack): fc0 is one fused
    nn.Linear for all groups, deeper layers are GroupedLinear. Inverted dropout after hidden
    layers, and after the last one when dropout_last."""

    def __init__(self, in_dim, groups, units, hidden, last, dropout=0.0, dropout_last=False):
        super().__init__()
        self.groups, self.units = groups, list(units)
        self.acts = [hidden] * (len(units) - 1) + [last]
        self.dropout, self.dropout_last = dropout, dropout_last
        for l, u in enumerate(units):
            fan_in = in_dim if l == 0 else units[l - 1]
            layer = (nn.Linear(in_dim, groups * u) if l == 0 else
                     GroupedLinear(groups, units[l - 1], u))
            if l == 0:
                init_linear(layer.weight, layer.bias, self.acts[l], fan_in, groups * u)
            else:
                for g in range(groups):  # each expert's block gets its own fan-out
                    init_linear(layer.weight[g * u:(g + 1) * u], None, self.acts[l], fan_in, u)
            setattr(self, f"fc{l}", layer)

    def forward(self, x):
        n = len(self.units)
        for l in range(n):
            x = activation(self.acts[l])(getattr(self, f"fc{l}")(x))
            if self.dropout > 0 and (l + 1 < n or self.dropout_last):
                x = F.dropout(x, self.dropout, self.training)
        return x


class Dense(FcStack):
    """layer.dense: an MLP (a shared bottom, a tower, a task network)."""

    def __init__(self, in_dim, units, activation="relu", output_activation="relu", dropout=0.0):
        super().__init__(in_dim, 1, units, activation, output_activation, dropout, False)


class ExpertGroup(FcStack):
    """experts.group: n expert MLPs reading one input; output (batch, n, width)."""

    def __init__(self, in_dim, num_experts, units, activation="relu", dropout=0.0):
        super().__init__(in_dim, num_experts, units, activation, activation, dropout,
                         num_experts > 1)

    def forward(self, x):
        return super().forward(x).view(-1, self.groups, self.units[-1])


class Concat(nn.Module):
    """op.concat: joins its inputs."""

    def forward(self, xs):
        return torch.cat(xs, 1)


class Add(nn.Module):
    """op.add: element-wise sum."""

    def forward(self, xs):
        y = xs[0]
        for x in xs[1:]:
            y = y + x
        return y


class Multiply(nn.Module):
    """op.multiply: element-wise product (ESMM: pCTCVR = pCTR x pCVR)."""

    def forward(self, xs):
        y = xs[0]
        for x in xs[1:]:
            y = y * x
        return y


class SoftmaxGate(nn.Module):
    """gate.softmax: softmax(W x + b) over the experts (MMoE / OMoE)."""

    def __init__(self, in_dim, num_experts):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(num_experts, in_dim))
        self.bias = nn.Parameter(torch.zeros(num_experts))
        init_linear(self.weight, self.bias, "identity", in_dim, num_experts, 0.1)

    def forward(self, x):
        return torch.softmax(F.linear(x, self.weight, self.bias), dim=1)


def mix(gate, experts):
    """sum_i gate[:, i] * experts[:, i, :]: gate (batch, n), experts (batch, n, width).

    While exporting to ONNX, as 2-D products only, which runtimes with little broadcasting and
    no batched MatMul read (OpenCV 4.6's dnn): each gate weight repeated `width` times (a product
    with a 0/1 matrix), times the flattened experts, summed per column by a second 0/1 matrix.
    The same products; the 0/1 matrices only add exact zeros."""
    if not torch.onnx.is_in_onnx_export():
        return torch.einsum("bn,bnh->bh", gate, experts)
    n, h = int(experts.shape[1]), int(experts.shape[2])  # fixed by the model: constants
    repeat = torch.eye(n).repeat_interleave(h, dim=1)  # (n, n * h)
    gather = torch.eye(h).repeat(n, 1)  # (n * h, h)
    # The experts first: OpenCV 4.6 broadcasts only the second operand (a static gate's row).
    return torch.matmul(experts.reshape(-1, n * h) * torch.matmul(gate, repeat), gather)


class Mixture(nn.Module):
    """mixture: the experts of its inputs (in order) summed with the gate's weights."""

    def forward(self, experts, gate):
        return mix(gate, torch.cat(experts, 1))  # experts (batch, n, width)


class TopKGate(nn.Module):
    """gate.topk (Shazeer et al. 2017): softmax over the k largest of W x + b (plus trained noise
    while training), 0 elsewhere; optional importance loss while training."""

    def __init__(self, in_dim, num_experts, k, noisy=False, noise_epsilon=0.01,
                 importance_weight=0.0):
        super().__init__()
        self.k, self.noisy = k, noisy
        self.noise_epsilon, self.importance_weight = noise_epsilon, importance_weight
        self.weight = nn.Parameter(torch.empty(num_experts, in_dim))
        self.bias = nn.Parameter(torch.zeros(num_experts))
        init_linear(self.weight, self.bias, "identity", in_dim, num_experts, 0.1)
        self.noise = nn.Linear(in_dim, num_experts) if noisy else None
        if noisy:
            init_linear(self.noise.weight, self.noise.bias, "identity", in_dim, num_experts, 0.1)

    def forward(self, x):
        h = F.linear(x, self.weight, self.bias)
        if self.noisy and self.training:
            std = F.softplus(self.noise(x)) + self.noise_epsilon
            h = h + torch.randn_like(h) * std
        if torch.onnx.is_in_onnx_export() and not self.training:
            w = self.top_k_softmax_arithmetic(h)
        else:
            top, idx = torch.topk(h, self.k, dim=1)
            w = torch.zeros_like(h).scatter(1, idx, torch.softmax(top, dim=1))
        reg = h.new_zeros(())
        if self.training and self.importance_weight > 0:
            imp = w.sum(0)
            mean = imp.mean()
            reg = self.importance_weight * ((imp - mean) ** 2).mean() / (mean * mean + 1e-10)
        return w, reg

    def top_k_softmax_arithmetic(self, h):
        """The same weights without TopK and Scatter (for ONNX runtimes that lack them, such as
        OpenCV 4.6's dnn, which also broadcasts a column only as the second operand, so columns
        are spread to full width by a product with a row of ones): the k-th largest logit found
        by k rounds of max (each round knocks the largest left out), the experts at or above it
        kept, softmax over those. Differs from torch.topk only for logits tied at the k-th
        place."""
        ones = torch.ones(1, int(h.shape[1]))  # the number of experts: a constant

        def column_max(x):
            return torch.matmul(x.max(1, keepdim=True)[0], ones)

        rest = h
        for i in range(self.k):
            kth = column_max(rest)
            if i + 1 < self.k:
                rest = rest - 1e30 * (1.0 - (kth > rest).to(h.dtype))
        keep = 1.0 - (kth > h).to(h.dtype)  # h >= the k-th largest
        e = torch.exp(h - column_max(h)) * keep
        return e / e.sum(1, keepdim=True)


class DSelectGate(nn.Module):
    """gate.dselect (Hazimeh et al. 2021): k binary-encoded selectors with a smooth-step, mixed
    by softmax(alpha). Per example (z, alpha = W x + b) or static (free z, alpha). When the number
    of experts n is not a power of two each selector is renormalised over the n real experts.
    Training adds entropy_weight * entropy of each selector and the barrier 1/M - 1 (M: a
    selector's mass on real experts), averaged over the batch for per-example gates."""

    TINY_MASS = 1e-12

    def __init__(self, in_dim, num_experts, k, gamma=1.0, per_example=True, entropy_weight=0.1,
                 z_init=1.0):
        super().__init__()
        self.n, self.k, self.gamma = num_experts, k, gamma
        self.per_example, self.entropy_weight = per_example, entropy_weight
        self.m = max(0, (num_experts - 1).bit_length())
        codes = torch.arange(1 << self.m)
        bits = ((codes.unsqueeze(1) >> torch.arange(self.m)) & 1).bool()  # (2^m, m)
        self.register_buffer("bits", bits, persistent=False)
        half = 0.5 * z_init * gamma
        if per_example:
            rows = k * self.m + k
            self.weight = nn.Parameter(torch.empty(rows, in_dim))
            self.bias = nn.Parameter(torch.zeros(rows))
            init_linear(self.weight, self.bias, "identity", in_dim, rows)
            with torch.no_grad():
                self.weight[:k * self.m] *= 0.1 * gamma
                self.weight[k * self.m:] *= 0.1
                self.bias[:k * self.m].uniform_(-half, half)
        else:
            self.z = nn.Parameter(torch.empty(k, self.m).uniform_(-half, half))  # row l: selector l
            self.alpha = nn.Parameter(torch.zeros(k))

    def smooth_step(self, t):
        g = self.gamma
        cubic = -2.0 / g ** 3 * t ** 3 + 1.5 / g * t + 0.5
        return torch.where(t <= -g / 2, torch.zeros_like(t),
                           torch.where(t >= g / 2, torch.ones_like(t), cubic))

    def weights_arithmetic(self, x):
        """Per-example weights in eval mode from 2-D products only (for ONNX runtimes without
        Where, BOOL tensors or general broadcasting, such as OpenCV 4.6's dnn): the smooth-step
        as the cubic of its input clipped to [-gamma/2, gamma/2] (ReLUs), each selector's weight
        on expert i as the product over bits j of s_j or 1 - s_j (a column times a constant 0/1
        row), renormalised over the real experts. A selector whose mass on them is below
        TINY_MASS (the engine then spreads it evenly) is not handled."""
        k, m, n, g = self.k, self.m, self.n, self.gamma
        logits = F.linear(x, self.weight, self.bias)
        z, alpha = logits[:, :k * m], logits[:, k * m:]
        t = -g / 2 + torch.relu(z + g / 2) - torch.relu(z - g / 2)
        s = -2.0 / g ** 3 * (t * t * t) + 1.5 / g * t + 0.5
        bits = [[float((i >> j) & 1) for i in range(n)] for j in range(m)]
        on = [torch.tensor([row]) for row in bits]  # (1, n): expert i has bit j
        off = [torch.tensor([[1.0 - b for b in row]]) for row in bits]
        ones = torch.ones(1, n)
        beta = torch.softmax(alpha, dim=1)
        q = None
        for l in range(k):
            r = None
            for j in range(m):
                sj = s[:, l * m + j:l * m + j + 1]
                f = torch.matmul(sj, on[j]) + torch.matmul(1.0 - sj, off[j])
                r = f if r is None else r * f
            if r is None:  # one expert
                r = torch.matmul(beta[:, l:l + 1] * 0.0 + 1.0, ones)
            if (1 << m) > n:
                r = r / r.sum(1, keepdim=True)
            term = torch.matmul(beta[:, l:l + 1], ones) * r
            q = term if q is None else q + term
        return q

    def forward(self, x=None, batch=None):
        if torch.onnx.is_in_onnx_export() and not self.training:
            if self.per_example:
                return self.weights_arithmetic(x), x.new_zeros(())
            # Static: the same weights for every example, one constant (1, n) row of the graph
            # that the mixture broadcasts (OpenCV 4.6 reads neither BOOL tensors nor Expand).
            q, _ = self.compute(None, 1)
            return torch.tensor(q.tolist()), torch.zeros(())
        return self.compute(x, batch)

    def compute(self, x, batch):
        k, m, n = self.k, self.m, self.n
        if self.per_example:
            logits = F.linear(x, self.weight, self.bias)
            z = logits[:, :k * m].reshape(-1, k, m)
            alpha = logits[:, k * m:]
        else:
            z, alpha = self.z.unsqueeze(0), self.alpha.unsqueeze(0)
        s = self.smooth_step(z).unsqueeze(2)  # (b, k, 1, m)
        r = torch.where(self.bits, s, 1 - s).prod(-1)[..., :n]  # (b, k, n): weight on expert i
        reach = (1 << m) > n
        if reach:
            mass = r.sum(-1, keepdim=True)
            degenerate = mass < self.TINY_MASS
            r = torch.where(degenerate, torch.full_like(r, 1.0 / n),
                            r / torch.where(degenerate, torch.ones_like(mass), mass))
        beta = torch.softmax(alpha, dim=1)  # (b, k)
        q = (beta.unsqueeze(-1) * r).sum(1)  # (b, n)
        reg = q.new_zeros(())
        if self.training:
            per = self.entropy_weight * (-torch.xlogy(r, r)).sum(-1)  # (b, k)
            if reach:
                barrier = torch.where(degenerate, torch.full_like(mass, 1.0 / self.TINY_MASS),
                                      1.0 / mass.clamp_min(self.TINY_MASS))
                per = per + (barrier - 1.0).squeeze(-1)
            reg = per.sum(1).mean()
        if not self.per_example:
            q = q.expand(batch, n)
        return q, reg


class CgcGroup(nn.Module):
    """The experts and gate logits of a CGC level that read one input source."""

    def __init__(self, in_dim, experts, gate_rows, units, act):
        super().__init__()
        self.experts = FcStack(in_dim, experts, units, act, act) if experts else None
        self.gate = None
        if gate_rows:
            self.gate = nn.Linear(in_dim, gate_rows)
            init_linear(self.gate.weight, self.gate.bias, "identity", in_dim, gate_rows, 0.1)


class CgcLevel(nn.Module):
    """ple.cgc: one Customized Gate Control level of PLE (Tang et al. 2020).

    Task t owns `specific` experts reading input t, `shared` experts read the shared input; task
    t's gate mixes its own then the shared experts; with shared_output a shared gate mixes every
    expert (task 0's, ..., then the shared ones) for the next level. As in the engine, inputs
    bound to the same source are computed together: `port_group[p]` (p = 0..tasks-1, then the
    shared input) names that source, and each source's experts and gate logits are one module
    named after the ports reading it ("all", "task0", "shared", "task0_shared", ...).
    """

    def __init__(self, in_dims, port_group, tasks, specific, shared, units, activation="relu",
                 shared_output=False):
        super().__init__()
        T, P = tasks, tasks + 1
        self.tasks, self.width = T, units[-1]
        members = {}
        for p, g in enumerate(port_group):
            members.setdefault(g, []).append(p)
        order = sorted(members, key=lambda g: members[g][0])
        group_of = [order.index(port_group[p]) for p in range(P)]
        ports = [members[g] for g in order]
        owner_index, experts_in = [0] * P, [0] * len(ports)
        for p in range(P):
            owner_index[p] = experts_in[group_of[p]]
            experts_in[group_of[p]] += specific if p < T else shared
        self.gates = []  # (group, first logit row, [(group, expert index), ...])
        rows_in = [0] * len(ports)
        for q in range(T + (1 if shared_output else 0)):
            p = q if q < T else T
            owners = [q, T] if q < T else list(range(P))
            experts = [(group_of[o], owner_index[o] + e) for o in owners
                       for e in range(specific if o < T else shared)]
            self.gates.append((group_of[p], rows_in[group_of[p]], experts))
            rows_in[group_of[p]] += len(experts)
        self.group_ports = [ps[0] for ps in ports]  # the input each group reads
        self.group_names = []
        for g, ps in enumerate(ports):
            name = "all" if len(ps) == P else "_".join(
                f"task{p}" if p < T else "shared" for p in ps)
            self.group_names.append(name)
            self.add_module(name, CgcGroup(in_dims[ps[0]], experts_in[g], rows_in[g], units,
                                           activation))

    def forward(self, inputs):
        experts, logits = [], []
        for g, name in enumerate(self.group_names):
            grp, x = getattr(self, name), inputs[self.group_ports[g]]
            experts.append(grp.experts(x).view(-1, grp.experts.groups, self.width)
                           if grp.experts is not None else None)
            logits.append(grp.gate(x) if grp.gate is not None else None)
        outs = []
        for group, row, chosen in self.gates:
            w = torch.softmax(logits[group][:, row:row + len(chosen)], dim=1)
            e = torch.stack([experts[g][:, i] for g, i in chosen], 1)
            outs.append(mix(w, e))
        return outs


class CrossStitch(nn.Module):
    """sharing.cross_stitch (Misra et al. 2016): out_i = sum_j alpha[i, j] in_j."""

    def __init__(self, tasks, self_weight=0.9):
        super().__init__()
        other = (1.0 - self_weight) / (tasks - 1) if tasks > 1 else 0.0
        alpha = torch.full((tasks, tasks), other)
        alpha.fill_diagonal_(self_weight)
        self.alpha = nn.Parameter(alpha)

    def forward(self, xs):
        return [sum(self.alpha[i, j] * xs[j] for j in range(len(xs))) for i in range(len(xs))]


class L2Sharing(nn.Module):
    """sharing.l2 (Duong et al. 2015): alpha * sum ||P_a - P_b||^2 over the parameters of the two
    layers producing its inputs, while training. It has no output."""

    def __init__(self, alpha):
        super().__init__()
        self.alpha = alpha

    def forward(self, params_a, params_b):
        if not self.training:
            return torch.zeros(())
        return self.alpha * sum(((a - b) ** 2).sum() for a, b in zip(params_a, params_b))


class BinaryHead(nn.Module):
    """task.binary: sigmoid of a logit, or a probability clamped to [1e-7, 1 - 1e-7]
    (from_probability: ESMM's pCTCVR). Returns (probability, logit or None)."""

    EPS = 1e-7

    def __init__(self, from_probability=False):
        super().__init__()
        self.from_probability = from_probability

    def forward(self, x):
        if self.from_probability:
            if torch.onnx.is_in_onnx_export():  # Clip with bounds as inputs: not in OpenCV 4.6
                lo, hi = self.EPS, 1.0 - self.EPS
                return lo + torch.relu(x - lo) - torch.relu(x - hi), None
            return x.clamp(self.EPS, 1.0 - self.EPS), None
        return torch.sigmoid(x), x


class RegressionHead(nn.Module):
    """task.regression: the value itself (mean squared error). Returns (value, None)."""

    def forward(self, x):
        return x, None


def task_loss(kind, prediction, logit, label, from_probability=False):
    """A head's loss as the engine computes it: mean over the examples with a label (NaN: none).
    Returns (loss, count); loss is 0 when no example is labelled."""
    mask = ~torch.isnan(label)
    count = int(mask.sum())
    if count == 0:
        return prediction.sum() * 0.0, 0
    y = label[mask]
    if kind == "regression":
        return ((prediction[mask] - y) ** 2).mean(), count
    if logit is not None:
        return F.binary_cross_entropy_with_logits(logit[mask], y), count
    p = prediction[mask]
    return -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean(), count
