"""Writes the ONNX inference graph of a model exported to PyTorch (mtlstudio-cli export --to onnx).

    python3 onnx_export.py EXPORT_DIR OUT.onnx [--opset 11]

EXPORT_DIR is a PyTorch export (model.py, mtl_layers.py, weights.bin, ...). The module is loaded
with its trained weights in eval mode (no dropout, no Top-k noise, no regularisers) and traced by
torch.onnx.export. The ONNX graph has two inputs, the preprocessed features the model reads
(preprocess.py makes them): `numeric` float32 (batch, numeric columns, standardised) and
`categorical` int64 (batch, fields, codes: 0 = not seen in training); and one output per task
head, named after the task: float32 (batch, 1), a probability (binary) or a value (regression).
The batch axis is dynamic. An input
the model does not read (no numeric column, or no categorical field) is left out of the graph. The file is checked with onnx.checker (full check, with shape
inference) before this script reports success; its last line of output is a JSON summary.

Opset 11: the newest whose ReduceSum OpenCV 4.6's dnn (Debian 12) reads; onnx 1.12 checks it.
"""
import argparse
import json
import os
import sys
import warnings


def export_onnx(export_dir, out, opset=11):
    """Writes `out` from the PyTorch export in `export_dir`, checks it; returns the summary."""
    import importlib.util

    import onnx
    import torch
    from torch import nn

    export_dir = os.path.abspath(export_dir)
    sys.path.insert(0, export_dir)  # model.py imports mtl_layers
    try:  # a name of its own per folder: one process may export several models
        name = "mtl_exported_%d" % len(sys.modules)
        spec = importlib.util.spec_from_file_location(name, os.path.join(export_dir, "model.py"))
        exported = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(exported)
    finally:
        sys.path.remove(export_dir)
    with open(os.path.join(export_dir, "preprocess.json")) as f:
        schema = json.load(f)
    numeric, fields = len(schema["numeric"]), len(schema["categorical"])
    net = exported.load_model(export_dir)  # eval mode
    for module in net.modules():
        if hasattr(module, "prepare_onnx"):
            module.prepare_onnx()

    example = (torch.zeros(2, numeric), torch.zeros(2, fields, dtype=torch.long))
    with torch.no_grad():
        tasks = list(net(*example)["predictions"].keys())

    class Serving(nn.Module):
        """The exported model's predictions, one (batch, 1) output per task head."""

        def __init__(self, net):
            super().__init__()
            self.net = net

        def forward(self, numeric, categorical):
            out = self.net(numeric, categorical)["predictions"]
            return tuple(out[t].unsqueeze(1) for t in tasks)

    inputs = ["numeric", "categorical"]
    outputs = [t if t not in inputs else "task_" + t for t in tasks]
    axes = {name: {0: "batch"} for name in inputs + outputs}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes on constant shapes, which are constant
        torch.onnx.export(Serving(net).eval(), example, out, input_names=inputs,
                          output_names=outputs, dynamic_axes=axes, opset_version=opset,
                          do_constant_folding=True)
    written = onnx.load(out)
    onnx.checker.check_model(written, full_check=True)
    return {"file": out, "opset": opset, "onnx": onnx.__version__, "torch": torch.__version__,
            "inputs": [i.name for i in written.graph.input], "outputs": outputs, "tasks": tasks,
            "operators": sorted({n.op_type for n in written.graph.node}), "checked": True}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export_dir")
    parser.add_argument("out")
    parser.add_argument("--opset", type=int, default=11)
    args = parser.parse_args()
    print(json.dumps(export_onnx(args.export_dir, args.out, args.opset)))


if __name__ == "__main__":
    main()
