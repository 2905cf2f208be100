"""The data of the exported run, encoded as the model expects (settings: preprocess.json).

    numeric      float32 (rows, numeric columns), standardised with the training split's mean
                 and population standard deviation (preprocess.json "numeric")
    categorical  int64 (rows, fields): code k + 1 for the field's k-th vocabulary value
                 (preprocess.json "categorical"), 0 for a value not seen in training
    labels       float32 (rows, tasks), NaN where an example has no label for a task

Sources, by preprocess.json "kind":
    census     UCI census-income (KDD) read from census-income.data(.gz) / .test(.gz) exactly as
               MTL Studio does (core/data/Census.h): 42 fields split on ", ", train = the .data
               file, the .test file shuffled with the run's seed into validation and test halves;
               group 1 tasks income (50000+) and marital (Never married), group 2 education (an
               associates degree or higher) and marital.
    csv        the CSV file read with the run's column roles (preprocess.json "csv"), as MTL
               Studio does (core/data/Csv.h): quoted fields, blank lines skipped, missing
               numbers = the training mean, binary tokens 0/1, true/false, yes/no, class
               columns one task per class; rows shuffled with the run's seed into train /
               valid / test. --csv FILE reads another file with the same columns.
    synthetic, funnel
               the encoded splits MTL Studio wrote to data/ (raw little-endian arrays).

Use:  python3 preprocess.py [--census-dir DIR] --out data.pt   (a dict of splits for torch.load)
or    from preprocess import load_splits
"""
import argparse
import gzip
import json
import math
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))

CENSUS_NUMERIC_COLUMNS = [0, 5, 16, 17, 18, 30, 39]  # 0-based: age, wage per hour, ...
CENSUS_EDUCATION, CENSUS_MARITAL, CENSUS_WEIGHT, CENSUS_LABEL = 4, 7, 24, 41
CENSUS_COLLEGE = {
    "Associates degree-occup /vocational",
    "Associates degree-academic program",
    "Bachelors degree(BA AB BS)",
    "Masters degree(MA MS MEng MEd MSW MBA)",
    "Prof school degree (MD DDS DVM LLB JD)",
    "Doctorate degree(PhD EdD)",
}


def load_config(folder=HERE):
    with open(os.path.join(folder, "preprocess.json")) as f:
        return json.load(f)


class MT19937_64:
    """std::mt19937_64, for the seeded shuffle of census-income's test file."""

    def __init__(self, seed):
        self.mt = [0] * 312
        self.mt[0] = seed & 0xFFFFFFFFFFFFFFFF
        for i in range(1, 312):
            prev = self.mt[i - 1]
            self.mt[i] = (6364136223846793005 * (prev ^ (prev >> 62)) + i) & 0xFFFFFFFFFFFFFFFF
        self.index = 312

    def __call__(self):
        if self.index >= 312:
            mt = self.mt
            for i in range(312):
                x = (mt[i] & 0xFFFFFFFF80000000) | (mt[(i + 1) % 312] & 0x7FFFFFFF)
                y = x >> 1
                if x & 1:
                    y ^= 0xB5026F5AA96619E9
                mt[i] = mt[(i + 156) % 312] ^ y
            self.index = 0
        y = self.mt[self.index]
        self.index += 1
        y ^= (y >> 29) & 0x5555555555555555
        y ^= (y << 17) & 0x71D67FFFEDA60000
        y ^= (y << 37) & 0xFFF7EEE000000000
        y ^= y >> 43
        return y & 0xFFFFFFFFFFFFFFFF


def seeded_permutation(n, seed):
    """mtl::seededPermutation: Fisher-Yates with rejection sampling on std::mt19937_64."""
    idx = list(range(n))
    rng, top = MT19937_64(seed), 0xFFFFFFFFFFFFFFFF
    for i in range(n - 1, 0, -1):
        span = i + 1
        limit = top - top % span
        v = rng()
        while v >= limit:
            v = rng()
        j = v % span
        idx[i], idx[j] = idx[j], idx[i]
    return idx


def _census_file(folder, base):
    plain = os.path.join(folder, base)
    if os.path.exists(plain):
        return open(plain, encoding="latin-1")
    return gzip.open(plain + ".gz", "rt", encoding="latin-1")


def _census_rows(folder, base, max_rows):
    rows = []
    with _census_file(folder, base) as f:
        for line_no, line in enumerate(f, 1):
            if max_rows and len(rows) >= max_rows:
                break
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip(" "):
                continue
            fields = [v.strip(" ") for v in line.split(", ")]
            if len(fields) != 42:
                raise ValueError(f"{base}: line {line_no}: {len(fields)} fields, expected 42")
            rows.append(fields)
    return rows


def _encode_census(rows, config):
    group = config["census"]["group"]
    numeric_cfg, categorical_cfg = config["numeric"], config["categorical"]
    special = set(CENSUS_NUMERIC_COLUMNS) | {CENSUS_EDUCATION, CENSUS_MARITAL, CENSUS_WEIGHT,
                                            CENSUS_LABEL}
    categorical_columns = [c for c in range(42) if c not in special]
    codes = [{v: k + 1 for k, v in enumerate(f["vocabulary"])} for f in categorical_cfg]
    raw = torch.tensor([[float(r[c]) for c in CENSUS_NUMERIC_COLUMNS] for r in rows],
                       dtype=torch.float64).float().double()  # the engine reads float32
    mean = torch.tensor([c["mean"] for c in numeric_cfg], dtype=torch.float64)
    std = torch.tensor([c["std"] for c in numeric_cfg], dtype=torch.float64)
    numeric = ((raw - mean) / std).float()
    categorical = torch.tensor([[codes[f].get(r[c], 0) for f, c in enumerate(categorical_columns)]
                                for r in rows], dtype=torch.int64)
    labels = []
    for r in rows:
        label = r[CENSUS_LABEL]
        if label.endswith("."):
            label = label[:-1].strip(" ")
        if label not in ("50000+", "- 50000"):
            raise ValueError(f"unknown income label {label!r}")
        first = (label == "50000+") if group == 1 else (r[CENSUS_EDUCATION] in CENSUS_COLLEGE)
        labels.append([float(first), float(r[CENSUS_MARITAL] == "Never married")])
    return numeric, categorical, torch.tensor(labels, dtype=torch.float32)


def load_census(config, census_dir=None):
    cfg = config["census"]
    folder = census_dir or cfg["dir"] or os.environ.get("MTL_CENSUS_DIR", "")
    if not folder:
        raise SystemExit("census-income: give --census-dir (the folder with census-income.data)")
    train = _encode_census(_census_rows(folder, "census-income.data", cfg["max_train_rows"]),
                           config)
    test_all = _encode_census(_census_rows(folder, "census-income.test", 0), config)
    n = test_all[0].shape[0]
    perm = seeded_permutation(n, cfg["seed"])
    valid_rows = torch.tensor(sorted(perm[:n // 2]))
    test_rows = torch.tensor(sorted(perm[n // 2:]))
    return {
        "train": train,
        "valid": tuple(t[valid_rows] for t in test_all),
        "test": tuple(t[test_rows] for t in test_all),
    }


def _csv_records(text, delimiter):
    """(line, fields) of every record: quoted fields may hold the delimiter, line breaks and
    doubled quotes; unquoted fields are trimmed of spaces and tabs (only spaces when the
    delimiter is a tab); blank records are skipped."""
    blanks = " " if delimiter == "\t" else " \t"
    i, n, line = 0, len(text), 1
    while i < n:
        start_line, fields, field, quoted, at_start = line, [], [], False, True
        while True:
            if i >= n:
                fields.append("".join(field) if quoted else "".join(field).strip(blanks))
                break
            c = text[i]
            if c == '"' and at_start:
                quoted, at_start, i = True, False, i + 1
                while i < n:
                    if text[i] == '"':
                        if i + 1 < n and text[i + 1] == '"':
                            field.append('"')
                            i += 2
                            continue
                        i += 1
                        break
                    if text[i] == "\n" or (text[i] == "\r" and text[i + 1:i + 2] != "\n"):
                        line += 1
                    field.append(text[i])
                    i += 1
                continue
            if c == delimiter:
                fields.append("".join(field) if quoted else "".join(field).strip(blanks))
                field, quoted, at_start, i = [], False, True, i + 1
                continue
            if c in "\r\n":
                i += 2 if text[i:i + 2] == "\r\n" else 1
                line += 1
                fields.append("".join(field) if quoted else "".join(field).strip(blanks))
                break
            if quoted:  # text after a closing quote: only blanks are allowed (and ignored)
                i += 1
                continue
            if at_start and c in blanks:
                i += 1
                continue
            at_start = False
            field.append(c)
            i += 1
        if len(fields) == 1 and not fields[0].strip(" \t") and not quoted:
            continue
        yield start_line, fields


def _number(v):
    """float of a CSV number (optional leading '+'), None when empty; ValueError otherwise."""
    v = v.strip(" \t")
    if not v:
        return None
    if v.startswith("+"):
        v = v[1:]
    if not v or v[0] == "+" or "_" in v or v.lower().lstrip("-").startswith(("inf", "nan")):
        raise ValueError(f"{v!r} is not a finite number")
    x = float(v)
    if abs(x) > 3.4028234663852886e38:
        raise ValueError(f"{v!r} is out of range")
    return x


def _binary(v):
    v = v.strip(" \t")
    if v == "1" or v.lower() in ("true", "yes"):
        return 1.0
    if v == "0" or v.lower() in ("false", "no"):
        return 0.0
    x = _number(v)
    if x in (0.0, 1.0):
        return x
    raise ValueError(f"{v!r} is not a binary label")


def load_csv(config, path=None):
    cfg = config["csv"]
    path = path or cfg["path"]
    delimiter = cfg["delimiter"]
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", errors="surrogateescape")
    if text.startswith("\ufeff"):
        text = text[1:]
    columns = cfg["columns"]
    # Lines before the header (or, without one, before the data) are not read at all.
    first = max(cfg["header_line"], cfg["skip_lines"] + 1) if cfg["header"] else cfg["skip_lines"] + 1
    pos = 0
    for _ in range(first - 1):
        ends = [k for k in (text.find("\n", pos), text.find("\r", pos)) if k >= 0]
        if not ends:
            pos = len(text)
            break
        k = min(ends)
        pos = k + (2 if text[k:k + 2] == "\r\n" else 1)
    text = text[pos:]
    numeric_cols = [c for c in columns if c["role"] == "numeric"]
    categorical_cols = [c for c in columns if c["role"] == "categorical"]
    num, cat, lab = [], [], []
    records = _csv_records(text, delimiter)
    if cfg["header"]:
        next(records, None)
    for line, fields in records:
        line += first - 1
        if len(fields) != len(columns):
            raise ValueError(f"{path}: line {line}: {len(fields)} fields, expected {len(columns)}")
        row_num, row_cat, row_lab = [], [], []
        for v, c in zip(fields, columns):
            if c["role"] == "numeric":
                x = _number(v)
                row_num.append(float("nan") if x is None else x)
            elif c["role"] == "categorical":
                row_cat.append(v)
            elif c["role"] == "label":
                classes = c.get("classes", [])
                count = len(classes) if c["kind"] == "binary" and classes else 1
                if not v.strip(" \t"):
                    row_lab.extend([float("nan")] * count)
                elif classes and c["kind"] == "binary":
                    t = v.strip(" \t")
                    try:
                        x = _number(t)
                    except ValueError:
                        x = None
                    for k in classes:
                        try:
                            kv = _number(k.strip(" \t"))
                        except ValueError:
                            kv = None
                        same = t == k.strip(" \t") or (x is not None and kv is not None and x == kv)
                        row_lab.append(1.0 if same else 0.0)
                elif c["kind"] == "binary":
                    row_lab.append(_binary(v))
                else:
                    row_lab.append(_number(v))
        num.append(row_num)
        cat.append(row_cat)
        lab.append(row_lab)
    n = len(num)
    n_valid = int(math.floor(cfg["valid_frac"] * n + 0.5))
    n_test = int(math.floor(cfg["test_frac"] * n + 0.5))
    part = [0] * n
    for i, r in enumerate(seeded_permutation(n, cfg["seed"])[:n_valid + n_test]):
        part[r] = 1 if i < n_valid else 2
    rows = [[r for r in range(n) if part[r] == s] for s in range(3)]
    raw = torch.tensor(num, dtype=torch.float64).reshape(n, len(numeric_cols)).float().double()
    mean = torch.tensor([c["mean"] for c in config["numeric"]], dtype=torch.float64)
    std = torch.tensor([c["std"] for c in config["numeric"]], dtype=torch.float64)
    numeric = torch.nan_to_num(((raw - mean) / std).float(), nan=0.0)
    codes = [{v: k + 1 for k, v in enumerate(f["vocabulary"])} for f in config["categorical"]]
    categorical = torch.tensor([[codes[f].get(v, 0) for f, v in enumerate(r)] for r in cat],
                               dtype=torch.int64).reshape(n, len(categorical_cols))
    labels = torch.tensor(lab, dtype=torch.float64).float().reshape(n, len(config["tasks"]))
    out = {}
    for name, s in (("train", 0), ("valid", 1), ("test", 2)):
        idx = torch.tensor(rows[s], dtype=torch.long)
        out[name] = (numeric[idx], categorical[idx], labels[idx])
    return out


def _read(path, dtype, rows, columns):
    with open(path, "rb") as f:
        data = bytearray(f.read())
    if len(data) != rows * columns * torch.tensor([], dtype=dtype).element_size():
        raise SystemExit(f"{path}: expected {rows} rows of {columns} values (preprocess.json)")
    if not data:
        return torch.zeros((rows, columns), dtype=dtype)
    return torch.frombuffer(data, dtype=dtype).view(rows, columns).clone()


def load_arrays(config, folder=HERE):
    """The encoded splits MTL Studio wrote to data/ (generated data, CSV)."""
    numeric, fields, tasks = len(config["numeric"]), len(config["categorical"]), len(config["tasks"])
    splits = {}
    for name, rows in config["splits"].items():
        base = os.path.join(folder, "data", name)
        splits[name] = (_read(base + "_numeric.bin", torch.float32, rows, numeric),
                        _read(base + "_categorical.bin", torch.int64, rows, fields),
                        _read(base + "_labels.bin", torch.float32, rows, tasks))
    return splits


def load_splits(folder=HERE, census_dir=None, csv=None):
    """{"train" | "valid" | "test": (numeric, categorical, labels)}"""
    config = load_config(folder)
    kind = config["kind"]
    if kind == "census":
        return load_census(config, census_dir)
    if kind == "csv":
        return load_csv(config, csv)
    if kind in ("synthetic", "funnel"):
        return load_arrays(config, folder)
    raise SystemExit("this export holds no data preprocessing: export again with the data "
                     "options the model was trained with (e.g. --data census --group 1)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--census-dir", help="folder with census-income.data(.gz) and .test(.gz)")
    parser.add_argument("--csv", help="another CSV file with the run's columns (CSV exports)")
    parser.add_argument("--out", default="data.pt", help="where to save the encoded splits")
    args = parser.parse_args()
    splits = load_splits(HERE, args.census_dir, args.csv)
    torch.save(splits, args.out)
    for name, (num, cat, lab) in splits.items():
        print(f"{name}: {num.shape[0]} rows, {num.shape[1]} numeric, {cat.shape[1]} categorical, "
              f"{lab.shape[1]} tasks")


if __name__ == "__main__":
    main()
