#pragma once
// Saving and loading graphs, trained models and projects with their runs (Boost.Serialization,
// binary archives).
//
// On disk every file is an ENVELOPE followed by a Boost binary archive (the payload):
//
//   offset size  field
//        0   10  magic "MTLSTUDIO\0"
//       10    6  kind, ASCII padded with NULs: "graph", "model" or "proj" (project)
//       16    4  envelope version (uint32, little-endian), currently 1
//       20    4  sizeof(Real) of the build that wrote the file (informational)
//       24    8  payload length in bytes (uint64, little-endian)
//       32    4  CRC-32 of the payload (uint32, little-endian)
//       36    4  CRC-32 of bytes 0..35 (protects the length and the version)
//       40    .  payload
//
// The envelope is checked completely (magic, header checksum, version, kind, length, payload
// checksum) before Boost sees a byte, so truncated, damaged or foreign files fail with a readable
// ArchiveError instead of a Boost exception or a crash. Inside the payload every class carries a
// Boost class version (see the BOOST_CLASS_VERSION list below); new fields are added by bumping
// the version and reading them only when `version >= N`.
//
// Portability: the payload stores fixed-width integers (int32/int64/uint8) and IEEE doubles, and
// matrices record the byte size of their scalar, so a file written by the float engine (mtlcore)
// loads in the double engine (mtlcore_f64) and vice versa (values are converted on load). Boost's
// binary archive itself assumes the same endianness and type sizes and refuses otherwise.
//
// Hostile input: besides the checksums, every count and length read from the payload (string
// lengths, numbers of nodes / parameters / weights, matrix rows*cols) is checked against the
// bytes that remain in the payload before anything is allocated.
//
// Layout of the code: this header is the public API (files, projects; ArchiveError in
// io/ArchiveError.h; the model state ModelFile / captureModel / restoreWeights in
// train/ModelState.h, which export reads too; the envelope's size, version and seal() in
// io/ArchiveEnvelope.h); io/ArchiveSerialization.h holds the Boost serialisation of every class
// and the payload's bounds checks (for Archive.cpp and tests that craft payloads).
#include <string>
#include <vector>

#include "data/DataSpec.h"
#include "data/Dataset.h"
#include "experiment/ExperimentRecord.h"
#include "graph/Graph.h"
#include "io/ArchiveEnvelope.h"
#include "io/ArchiveError.h"
#include "train/ModelState.h"
#include "train/RunRecord.h"

namespace mtl {

// Classroom mode of a project (ProjectFile class version 4): whether it is on, and which groups
// of advanced controls it hides, as stable keys chosen by the user interface ("palette",
// "inspector", "runs", ...; keys a version does not know are kept and ignored). A teacher
// prepares a project and opens it in class.
struct ClassroomSettings {
    bool enabled = false;
    std::vector<std::string> hidden = defaultHidden();
    // What a project hides when classroom mode is first turned on (and files before version 4).
    static std::vector<std::string> defaultHidden() {
        return {"palette", "problems", "runs", "experiments", "advancedActions"};
    }
    bool operator==(const ClassroomSettings& o) const {
        return enabled == o.enabled && hidden == o.hidden;
    }
};

// A project as the editor saves it: the architecture being edited (node positions included),
// the data layout its templates were made for, (class version 2) the runs trained in it,
// (class version 3) its experiments (grids of runs kept as compact summaries) and (class
// version 4) its classroom mode.
struct ProjectFile {
    Graph graph;
    DataSchema schema;
    std::string note;                                // free text
    std::vector<RunRecord> runs;                     // oldest first; empty in version-1 files
    std::vector<exp::ExperimentRecord> experiments;  // empty in files before version 3
    ClassroomSettings classroom;                     // off, default groups before version 4
};

// Files. Saving writes a temporary file of a unique name beside `path` ("<path>.tmp-<pid>-<n>")
// and renames it over `path` (the old file survives a failed save); a successful save removes the
// temporary files that interrupted saves of the same path left (those of processes that no longer
// run, and the "<path>.tmp" of older versions). Loading throws ArchiveError; the message starts
// with the path.
void saveGraphFile(const std::string& path, const Graph& graph);
// Throws ArchiveError (Io) unless a file can be saved at `path` now: its folder exists and is
// writable, and `path` is not a folder (checked by creating and removing a probe file). Lets a
// caller refuse a save target before spending time on what it will save.
void checkWritable(const std::string& path);
Graph loadGraphFile(const std::string& path);
void saveModelFile(const std::string& path, const ModelFile& model);
ModelFile loadModelFile(const std::string& path);

// The same in memory (the complete file contents, envelope included). `source` names the data
// in error messages.
std::string saveGraphToString(const Graph& graph);
Graph loadGraphFromString(const std::string& bytes, const std::string& source = "data");
std::string saveModelToString(const ModelFile& model);
ModelFile loadModelFromString(const std::string& bytes, const std::string& source = "data");
// Projects are written like models and graphs (a unique temporary file beside the target, renamed
// over it, stale temporaries of interrupted saves removed), and read by the GUI from memory.
void saveProjectFile(const std::string& path, const ProjectFile& project);
std::string saveProjectToString(const ProjectFile& project);
ProjectFile loadProjectFromString(const std::string& bytes, const std::string& source = "data");

}  // namespace mtl
