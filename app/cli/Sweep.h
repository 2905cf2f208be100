#pragma once
// mtlstudio-cli sweep: experiments (grids of runs) from the command line or a spec file, with
// progress, JSON lines, a table of means with 95% confidence intervals, paired differences,
// resume, sharding, collect, a Slurm job-array script and the MMoE paper's presets.
namespace mtl::cli {

// argv[1] is "sweep". Returns the exit code: 0 done, 1 data/model/file error, 2 command line or
// spec refused, 130 interrupted (Ctrl+C / SIGTERM: the finished runs are kept; run the same
// command again to resume).
int sweepMain(int argc, const char* const* argv);

}  // namespace mtl::cli
