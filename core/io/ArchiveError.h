#pragma once
// The error of saving and loading files (io/Archive.h) and of restoring a model's state
// (train/ModelState.h).
#include <stdexcept>
#include <string>

namespace mtl {

// Every failure to save or load. what() is readable as is (it starts with the file name when
// there is one) and contains one of the phrases listed with Reason.
class ArchiveError : public std::runtime_error {
public:
    enum class Reason {
        Io,            // "cannot open" / "cannot write" / "cannot rename"
        NotOurs,       // "not an MTL Studio file" (also: empty file)
        Truncated,     // "file is truncated (expected N bytes, found M)"
        Corrupt,       // "file is corrupt (...)": checksum mismatch, impossible sizes, bad values;
                       // restoreWeights: "holds values that are not finite"
        Newer,         // "written by a newer version"
        WrongKind,     // "is an MTL Studio graph file, not a model file"
        Incompatible,  // "written on an incompatible platform"
        Mismatch,      // restoreWeights: parameter names / shapes / optimizer kind differ
    };
    ArchiveError(Reason reason, const std::string& message)
        : std::runtime_error(message), reason(reason) {}
    Reason reason;
};

}  // namespace mtl
