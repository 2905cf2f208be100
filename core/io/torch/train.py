"""Trains the exported model with DistributedDataParallel, as MTL Studio trained it.

    torchrun --nproc_per_node=2 train.py            # 2 processes on this machine
    torchrun --nnodes=N --node_rank=R --master_addr=HOST --nproc_per_node=G train.py   # a cluster
    python3 train.py                                 # one process, no torchrun

Backend: nccl when CUDA is available (one GPU per process), gloo on CPU. Everything else follows
the run's configuration in model.json: loss (binary cross-entropy on the logit, or on the
probability for heads that take one such as ESMM's pCTCVR; mean squared error for regression;
each a mean over the examples that have a label, NaN = none), per-task loss weights,
regularisers (Top-k importance, DSelect-k entropy, L2 sharing) added to the loss, optimizer
(Adam / SGD with momentum / Adagrad, coupled weight decay on weights but not biases, the
cross-stitch learning-rate scale), batch size (the global batch: each of W processes takes
batch / W rows per step), epochs, and the choice of the best validation epoch (early-stopping
task and patience, restore-best). After every epoch rank 0 prints the training loss and per-task
validation loss and AUC; at the end the test metrics, and saves the weights to --save.
"""
import argparse
import json
import math
import os
import time

import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, TensorDataset
from torch.utils.data.distributed import DistributedSampler

import model as exported
from mtl_layers import task_loss
from preprocess import load_splits

HERE = os.path.dirname(os.path.abspath(__file__))


def auc(scores, labels):
    """Area under the ROC curve over labelled rows, ties counted half (as MTL Studio)."""
    keep = ~torch.isnan(labels)
    s, y = scores[keep].double(), labels[keep]
    pos = float(y.sum())
    neg = y.numel() - pos
    if pos == 0 or neg == 0:
        return float("nan")
    order = torch.argsort(s)
    _, inverse, counts = torch.unique_consecutive(s[order], return_inverse=True,
                                                  return_counts=True)
    ends = torch.cumsum(counts, 0)
    average_rank = (ends - counts + 1 + ends).double() / 2  # 1-based ranks, ties averaged
    ranks = torch.empty_like(s)
    ranks[order] = average_rank[inverse]
    return float((ranks[y == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))


class Heads:
    """The task heads that have a label column in the data, with their loss weights."""

    def __init__(self, config, data_tasks):
        column = {t["name"]: i for i, t in enumerate(data_tasks)}
        self.heads = [dict(h, column=column[h["task"]]) for h in config["heads"]
                      if h["task"] in column]

    def loss(self, out, labels):
        total, per_task = out["reg"], {}
        for h in self.heads:
            task = h["task"]
            loss, _ = task_loss(h["kind"], out["predictions"][task], out["logits"][task],
                                labels[:, h["column"]], h["from_probability"])
            per_task[task] = loss
            if h["loss_weight"] != 0:
                total = total + h["loss_weight"] * loss
        return total, per_task


def make_optimizer(model, train):
    """Parameter groups by weight decay and learning-rate scale, as weights.json says."""
    with open(os.path.join(HERE, "weights.json")) as f:
        flags = {t["key"]: t for t in json.load(f)["tensors"]}
    groups = {}
    for name, p in model.named_parameters():
        decay, scale = flags[name]["decay"], flags[name]["lr_scale"]
        groups.setdefault((decay, scale), []).append(p)
    param_groups = [{"params": ps, "lr": train["lr"] * scale,
                     "weight_decay": train["weight_decay"] if decay else 0.0}
                    for (decay, scale), ps in groups.items()]
    kind = train["optimizer"]
    if kind == "adam":
        return torch.optim.Adam(param_groups, lr=train["lr"],
                                betas=(train["beta1"], train["beta2"]), eps=train["eps"])
    if kind == "sgd":
        return torch.optim.SGD(param_groups, lr=train["lr"], momentum=train["momentum"])
    if kind == "adagrad":
        return torch.optim.Adagrad(param_groups, lr=train["lr"], eps=train["adagrad_eps"])
    raise SystemExit(f"unknown optimizer {kind}")


@torch.no_grad()
def evaluate(net, heads, split, batch, device):
    """Per-task loss and AUC (binary) over a split, computed on one process."""
    net.eval()
    numeric, categorical, labels = split
    preds = {h["task"]: [] for h in heads.heads}
    logits = {h["task"]: [] for h in heads.heads}
    for i in range(0, numeric.shape[0], batch):
        out = net(numeric[i:i + batch].to(device), categorical[i:i + batch].to(device))
        for h in heads.heads:
            preds[h["task"]].append(out["predictions"][h["task"]].cpu())
            lg = out["logits"][h["task"]]
            logits[h["task"]].append(lg.cpu() if lg is not None else None)
    metrics, total = {}, 0.0
    for h in heads.heads:
        task = h["task"]
        p = torch.cat(preds[task])
        lg = torch.cat(logits[task]) if logits[task] and logits[task][0] is not None else None
        loss, _ = task_loss(h["kind"], p, lg, labels[:, h["column"]], h["from_probability"])
        metrics[task] = {"loss": float(loss)}
        if h["kind"] == "binary":
            metrics[task]["auc"] = auc(p, labels[:, h["column"]])
        total += h["loss_weight"] * float(loss)
    net.train()
    return metrics, total


def main():
    with open(os.path.join(HERE, "model.json")) as f:
        config = json.load(f)
    train_cfg = config["train"]
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--epochs", type=int, default=train_cfg["epochs"])
    parser.add_argument("--batch-size", type=int, default=train_cfg["batch_size"],
                        help="global batch (split over the processes)")
    parser.add_argument("--lr", type=float, default=train_cfg["lr"])
    parser.add_argument("--seed", type=int, default=train_cfg["seed"] % (2 ** 63))
    parser.add_argument("--init", choices=["random", "exported"], default="random",
                        help="fresh weights (default) or continue from the exported ones")
    parser.add_argument("--census-dir", help="census-income files (census exports)")
    parser.add_argument("--threads", type=int, default=1, help="CPU threads per process")
    parser.add_argument("--save", default="trained.pt", help="state_dict of the final weights")
    parser.add_argument("--json", action="store_true", help="one JSON line per epoch")
    args = parser.parse_args()
    train_cfg = dict(train_cfg, lr=args.lr)

    distributed = "RANK" in os.environ
    cuda = torch.cuda.is_available()
    if distributed:
        dist.init_process_group("nccl" if cuda else "gloo")
        rank, world = dist.get_rank(), dist.get_world_size()
    else:
        rank, world = 0, 1
    local_rank = int(os.environ.get("LOCAL_RANK", 0))
    device = torch.device(f"cuda:{local_rank}" if cuda else "cpu")
    if cuda:
        torch.cuda.set_device(device)
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)  # the same initial weights on every process

    splits = load_splits(HERE, args.census_dir)
    with open(os.path.join(HERE, "preprocess.json")) as f:
        data_tasks = json.load(f)["tasks"]
    heads = Heads(config, data_tasks)

    net = exported.ExportedModel()
    if args.init == "exported":
        exported.load_weights(net, HERE)
    net.to(device).train()
    optimizer = make_optimizer(net, train_cfg)
    # DDP must be told when some parameters get no gradient (a branch no task's loss reaches,
    # a head without labels in the data): one trial step on two rows says.
    numeric, categorical, labels = (t[:2].to(device) for t in splits["train"])
    heads.loss(net(numeric, categorical), labels)[0].backward()
    unused = [n for n, p in net.named_parameters() if p.grad is None]
    optimizer.zero_grad(set_to_none=True)
    if unused and rank == 0:
        print(f"parameters without a gradient (not trained): {', '.join(unused)}", flush=True)
    ddp = DistributedDataParallel(net, device_ids=[local_rank] if cuda else None,
                                  find_unused_parameters=bool(unused)) if distributed else net

    train_set = TensorDataset(*splits["train"])
    sampler = DistributedSampler(train_set, num_replicas=world, rank=rank, shuffle=True,
                                 seed=args.seed, drop_last=False) if distributed else None
    per_process = max(1, math.ceil(args.batch_size / world))
    loader = DataLoader(train_set, batch_size=per_process, sampler=sampler,
                        shuffle=sampler is None)

    early = train_cfg["early_stop_task"]
    best_score, best_state, best_epoch, since_best = -math.inf, None, -1, 0
    for epoch in range(args.epochs):
        if sampler is not None:
            sampler.set_epoch(epoch)
        start, loss_sum, steps = time.time(), 0.0, 0
        for numeric, categorical, labels in loader:
            out = ddp(numeric.to(device), categorical.to(device))
            loss, _ = heads.loss(out, labels.to(device))
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            loss_sum += float(loss)
            steps += 1
        stop = torch.zeros(1)
        if rank == 0:
            metrics, total = evaluate(net, heads, splits["valid"], train_cfg["eval_batch"], device)
            m = metrics.get(early)
            score = (m["auc"] if "auc" in m else -m["loss"]) if m else -total
            improved = score > best_score
            if improved:
                best_score, best_epoch, since_best = score, epoch, 0
                best_state = {k: v.detach().clone() for k, v in net.state_dict().items()}
            else:
                since_best += 1
            line = {"epoch": epoch + 1, "train_loss": loss_sum / max(1, steps),
                    "seconds": round(time.time() - start, 2), "valid": metrics,
                    "improved": improved}
            if args.json:
                print(json.dumps(line), flush=True)
            else:
                tasks = "  ".join(f"{t}: loss {v['loss']:.4f}" +
                                  (f" auc {v['auc']:.4f}" if "auc" in v else "")
                                  for t, v in metrics.items())
                print(f"epoch {epoch + 1}  train loss {line['train_loss']:.4f}  valid {tasks}  "
                      f"({line['seconds']} s)", flush=True)
            if early and since_best >= train_cfg["patience"]:
                stop[0] = 1
        if distributed:
            dist.broadcast(stop, 0)
        if stop[0]:
            break

    if rank == 0:
        if train_cfg["restore_best"] and best_state is not None:
            net.load_state_dict(best_state)
        metrics, _ = evaluate(net, heads, splits["test"], train_cfg["eval_batch"], device)
        if args.json:
            print(json.dumps({"test": metrics, "best_epoch": best_epoch + 1}), flush=True)
        else:
            print("test  " + "  ".join(f"{t}: loss {v['loss']:.4f}" +
                                       (f" auc {v['auc']:.4f}" if "auc" in v else "")
                                       for t, v in metrics.items()) +
                  f"  (weights of epoch {best_epoch + 1})", flush=True)
        torch.save(net.state_dict(), args.save)
    if distributed:
        dist.barrier()
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
