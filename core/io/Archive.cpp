#include "io/Archive.h"

#include <atomic>
#include <boost/archive/archive_exception.hpp>
#include <boost/archive/basic_archive.hpp>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/crc.hpp>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <new>
#include <sstream>
#include <streambuf>

#include "io/ArchiveSerialization.h"

#if defined(__unix__) || defined(__APPLE__)
#include <signal.h>
#include <unistd.h>
#define MTL_HAVE_FSYNC 1
#endif

namespace mtl {

namespace {

using Reason = ArchiveError::Reason;

constexpr char kMagic[10] = {'M', 'T', 'L', 'S', 'T', 'U', 'D', 'I', 'O', '\0'};
constexpr std::size_t kMagicSize = sizeof(kMagic);
constexpr std::size_t kKindOffset = 10, kKindSize = 6;
constexpr std::size_t kVersionOffset = 16, kRealOffset = 20, kLengthOffset = 24,
                      kPayloadCrcOffset = 32, kHeaderCrcOffset = 36;
static_assert(kHeaderCrcOffset + 4 == archive_detail::kHeaderSize, "header layout");

const char* const kGraphKind = "graph";
const char* const kModelKind = "model";
const char* const kProjectKind = "proj";

std::string kindName(const std::string& kind) { return kind == kProjectKind ? "project" : kind; }

void put32(std::string& s, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) s[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}
void put64(std::string& s, std::size_t at, std::uint64_t v) {
    for (int i = 0; i < 8; ++i) s[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}
std::uint32_t get32(const char* p) {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v |= static_cast<std::uint32_t>(static_cast<unsigned char>(p[i])) << (8 * i);
    return v;
}
std::uint64_t get64(const char* p) {
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
    return v;
}

std::uint32_t crc32(const char* data, std::size_t n) {
    boost::crc_32_type crc;
    crc.process_bytes(data, n);
    return crc.checksum();
}

// A read-only stream over a block of memory that knows how much is left to read (the budget
// that archive_detail::remaining() reports while a payload is being parsed).
class MemoryBuf : public std::streambuf {
public:
    MemoryBuf(const char* data, std::size_t n) {
        char* p = const_cast<char*>(data);  // never written: no put area, pbackfail not overridden
        setg(p, p, p + n);
    }
    std::uint64_t left() const { return static_cast<std::uint64_t>(egptr() - gptr()); }
};

thread_local const MemoryBuf* tlLoading = nullptr;

class LoadingScope {
public:
    explicit LoadingScope(const MemoryBuf* buf) : saved_(tlLoading) { tlLoading = buf; }
    ~LoadingScope() { tlLoading = saved_; }
    LoadingScope(const LoadingScope&) = delete;
    LoadingScope& operator=(const LoadingScope&) = delete;

private:
    const MemoryBuf* saved_;
};

struct HeaderInfo {
    std::uint64_t payloadLength = 0;
    std::uint32_t payloadCrc = 0;
};

// Checks everything but the payload checksum. `head` holds the first min(40, totalSize) bytes.
HeaderInfo checkHeader(const char* head, std::size_t headSize, std::uint64_t totalSize,
                       const char* expectedKind) {
    const std::size_t hs = archive_detail::kHeaderSize;
    if (totalSize == 0)
        throw ArchiveError(Reason::NotOurs, "not an MTL Studio file (the file is empty)");
    if (std::memcmp(head, kMagic, std::min(headSize, kMagicSize)) != 0)
        throw ArchiveError(Reason::NotOurs, "not an MTL Studio file");
    if (totalSize < hs)
        throw ArchiveError(Reason::Truncated, "file is truncated (expected at least " +
                                                  std::to_string(hs) + " bytes, found " +
                                                  std::to_string(totalSize) + ")");
    if (crc32(head, kHeaderCrcOffset) != get32(head + kHeaderCrcOffset))
        throw ArchiveError(Reason::Corrupt, "file is corrupt (header checksum mismatch)");
    const std::uint32_t version = get32(head + kVersionOffset);
    if (version > archive_detail::kEnvelopeVersion)
        throw ArchiveError(Reason::Newer,
                           "written by a newer version of MTL Studio (file format " +
                               std::to_string(version) + ", this version reads up to " +
                               std::to_string(archive_detail::kEnvelopeVersion) + ")");
    if (version == 0) throw ArchiveError(Reason::Corrupt, "file is corrupt (file format 0)");
    std::string kind(head + kKindOffset, kKindSize);
    kind.resize(std::strlen(kind.c_str()));
    if (kind != kGraphKind && kind != kModelKind && kind != kProjectKind)
        throw ArchiveError(Reason::Newer, "holds data of unknown kind '" + kind +
                                              "' (written by a newer version of MTL Studio?)");
    if (kind != expectedKind)
        throw ArchiveError(Reason::WrongKind, "is an MTL Studio " + kindName(kind) +
                                                  " file, not a " + kindName(expectedKind) +
                                                  " file");
    HeaderInfo info;
    info.payloadLength = get64(head + kLengthOffset);
    info.payloadCrc = get32(head + kPayloadCrcOffset);
    const std::uint64_t have = totalSize - hs;
    if (have < info.payloadLength) {
        const std::uint64_t expected =
            info.payloadLength > UINT64_MAX - hs ? UINT64_MAX : info.payloadLength + hs;
        throw ArchiveError(Reason::Truncated, "file is truncated (expected " +
                                                  std::to_string(expected) + " bytes, found " +
                                                  std::to_string(totalSize) + ")");
    }
    if (have > info.payloadLength)
        throw ArchiveError(Reason::Corrupt, "file is corrupt (" +
                                                std::to_string(have - info.payloadLength) +
                                                " unexpected bytes after the data)");
    return info;
}

void checkPayload(const char* payload, std::size_t n, const HeaderInfo& info) {
    if (crc32(payload, n) != info.payloadCrc)
        throw ArchiveError(Reason::Corrupt, "file is corrupt (checksum mismatch)");
}

ArchiveError prefixed(const std::string& source, const ArchiveError& e) {
    return ArchiveError(e.reason, source + ": " + e.what());
}

template <class T>
std::string savePayload(const T& value, const char* kind) {
    std::ostringstream os(std::ios::out | std::ios::binary);
    try {
        boost::archive::binary_oarchive oa(os, boost::archive::no_codecvt);
        oa << value;
    } catch (const std::exception& e) {
        throw ArchiveError(Reason::Io, std::string("cannot serialise the data (") + e.what() + ")");
    }
    if (!os) throw ArchiveError(Reason::Io, "cannot serialise the data (stream error)");
    return archive_detail::seal(kind, os.str());
}

// Boost's binary archive starts with its signature as a length-prefixed string, which Boost
// reads with an unbounded allocation. Check those bytes here so that it never sees a bad length.
void checkBoostSignature(const char* payload, std::size_t n) {
    const char* sig = boost::archive::BOOST_ARCHIVE_SIGNATURE();
    const std::size_t len = std::strlen(sig);  // written as a native std::size_t, then the bytes
    if (n < sizeof(std::size_t) + len) archive_detail::corrupt("the data is too short");
    std::size_t stored = 0;
    std::memcpy(&stored, payload, sizeof stored);
    if (stored != len || std::memcmp(payload + sizeof stored, sig, len) != 0)
        archive_detail::corrupt("bad archive signature");
}

// Parses a payload whose envelope has been checked. Any failure becomes an ArchiveError.
template <class T>
T parsePayload(const char* payload, std::size_t n) {
    try {
        checkBoostSignature(payload, n);
        MemoryBuf buf(payload, n);
        LoadingScope scope(&buf);
        T value;
        {
            boost::archive::binary_iarchive ia(buf, boost::archive::no_codecvt);
            ia >> value;
        }
        if (buf.left() != 0)
            archive_detail::corrupt(std::to_string(buf.left()) +
                                    " unread bytes at the end of the data");
        return value;
    } catch (const ArchiveError&) {
        throw;
    } catch (const boost::archive::archive_exception& e) {
        using AE = boost::archive::archive_exception;
        switch (e.code) {
            case AE::unsupported_version:
                throw ArchiveError(
                    Reason::Newer,
                    "written by a newer version of the serialisation library (Boost archive "
                    "format newer than this build reads)");
            case AE::unsupported_class_version:
                throw ArchiveError(
                    Reason::Newer,
                    std::string("written by a newer version of MTL Studio (") + e.what() + ")");
            case AE::incompatible_native_format:
                throw ArchiveError(
                    Reason::Incompatible,
                    std::string("written on an incompatible platform (") + e.what() + ")");
            case AE::input_stream_error:
                throw ArchiveError(Reason::Corrupt, "file is corrupt (the data ends early)");
            default:
                throw ArchiveError(Reason::Corrupt,
                                   std::string("file is corrupt (") + e.what() + ")");
        }
    } catch (const std::bad_alloc&) {
        throw ArchiveError(Reason::Corrupt,
                           "file is corrupt (it asks for more memory than is available)");
    } catch (const std::exception& e) {
        throw ArchiveError(Reason::Corrupt, std::string("file is corrupt (") + e.what() + ")");
    }
}

template <class T>
T loadFromBytes(const std::string& bytes, const char* kind, const std::string& source) {
    try {
        const std::size_t head = std::min(bytes.size(), archive_detail::kHeaderSize);
        const HeaderInfo info = checkHeader(bytes.data(), head, bytes.size(), kind);
        const char* payload = bytes.data() + archive_detail::kHeaderSize;
        const std::size_t n = static_cast<std::size_t>(info.payloadLength);
        checkPayload(payload, n, info);
        return parsePayload<T>(payload, n);
    } catch (const ArchiveError& e) {
        throw prefixed(source, e);
    }
}

std::string errnoText() { return std::strerror(errno); }

// Temporary files of a save sit beside the target (so the rename stays on one file system) and
// are named "<name>.tmp-<process id>-<counter>": two saves of the same target, in this process or
// another, never share one. "<name>.tmp" is the name older versions used.
std::string tempPrefix(const std::filesystem::path& target) {
    return target.filename().string() + ".tmp";
}

// True when the temporary file `name` (a name starting with tempPrefix) was left by a save that
// can no longer finish: the legacy name, or a process that no longer runs.
bool staleTemp(const std::string& name, const std::string& prefix) {
    const std::string rest = name.substr(prefix.size());
    if (rest.empty()) return true;
    if (rest[0] != '-') return false;
    char* end = nullptr;
    const long pid = std::strtol(rest.c_str() + 1, &end, 10);
    if (end == rest.c_str() + 1 || *end != '-' || pid <= 0) return false;
#ifdef MTL_HAVE_FSYNC
    if (pid == static_cast<long>(::getpid())) return false;  // a save of ours under way
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
#else
    return false;
#endif
}

// Removes what earlier, interrupted saves of `target` left behind (best effort).
void removeStaleTemps(const std::filesystem::path& target) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const std::string prefix = tempPrefix(target);
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.compare(0, prefix.size(), prefix) == 0 && staleTemp(name, prefix)) {
            std::error_code rm;
            fs::remove(it->path(), rm);
        }
    }
}

}  // namespace

void checkWritable(const std::string& path) {
    namespace fs = std::filesystem;
    if (path.empty()) throw ArchiveError(Reason::Io, "no file name given");
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw ArchiveError(
            Reason::Io, path + ": cannot write (the folder '" + dir.string() + "' does not exist)");
    if (fs::is_directory(target, ec))
        throw ArchiveError(Reason::Io, path + ": cannot write (it is a folder)");
        // Creating (and removing) a probe file answers for permissions, read-only mounts and ACLs.
#ifdef MTL_HAVE_FSYNC
    const long pid = static_cast<long>(::getpid());
#else
    const long pid = 0;
#endif
    const std::string probe = path + ".tmp-" + std::to_string(pid) + "-probe";
    std::FILE* f = std::fopen(probe.c_str(), "wb");
    if (!f)
        throw ArchiveError(Reason::Io,
                           path + ": cannot write in '" + dir.string() + "' (" + errnoText() + ")");
    std::fclose(f);
    std::remove(probe.c_str());
}

namespace {

void writeAtomically(const std::string& path, const std::string& bytes) {
    static std::atomic<unsigned long> counter{0};
    const std::filesystem::path target(path);
#ifdef MTL_HAVE_FSYNC
    const long pid = static_cast<long>(::getpid());
#else
    const long pid = 0;
#endif
    const std::string tmp = path + ".tmp-" + std::to_string(pid) + "-" +
                            std::to_string(counter.fetch_add(1, std::memory_order_relaxed));
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f)
        throw ArchiveError(Reason::Io, path + ": cannot write '" + tmp + "' (" + errnoText() + ")");
    bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    ok = std::fflush(f) == 0 && ok;
#ifdef MTL_HAVE_FSYNC
    ok = ok && ::fsync(fileno(f)) == 0;
#endif
    std::string why = ok ? std::string() : errnoText();
    if (std::fclose(f) != 0 && ok) {
        ok = false;
        why = errnoText();
    }
    if (!ok) {
        std::remove(tmp.c_str());
        throw ArchiveError(Reason::Io, path + ": cannot write '" + tmp + "' (" + why + ")");
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        why = errnoText();
        std::remove(tmp.c_str());
        throw ArchiveError(Reason::Io, path + ": cannot replace the file (" + why + ")");
    }
    removeStaleTemps(target);
}

// Reads a file, checking the envelope header before reading the (possibly huge) rest.
template <class T>
T loadFile(const std::string& path, const char* kind) {
    std::ifstream in(path, std::ios::in | std::ios::binary);
    if (!in) throw ArchiveError(Reason::Io, path + ": cannot open (" + errnoText() + ")");
    try {
        in.seekg(0, std::ios::end);
        const std::streamoff end = in.tellg();
        in.seekg(0, std::ios::beg);
        if (end < 0 || !in) throw ArchiveError(Reason::Io, "cannot read (not a regular file?)");
        const std::uint64_t total = static_cast<std::uint64_t>(end);
        std::string bytes(
            static_cast<std::size_t>(std::min<std::uint64_t>(total, archive_detail::kHeaderSize)),
            '\0');
        in.read(&bytes[0], static_cast<std::streamsize>(bytes.size()));
        if (!in) throw ArchiveError(Reason::Io, "cannot read (" + errnoText() + ")");
        const HeaderInfo info = checkHeader(bytes.data(), bytes.size(), total, kind);
        bytes.resize(static_cast<std::size_t>(total));
        const std::size_t n = static_cast<std::size_t>(info.payloadLength);
        in.read(&bytes[archive_detail::kHeaderSize], static_cast<std::streamsize>(n));
        if (static_cast<std::size_t>(in.gcount()) != n)
            throw ArchiveError(Reason::Truncated,
                               "file is truncated (expected " + std::to_string(total) +
                                   " bytes, found " +
                                   std::to_string(archive_detail::kHeaderSize + in.gcount()) + ")");
        const char* payload = bytes.data() + archive_detail::kHeaderSize;
        checkPayload(payload, n, info);
        return parsePayload<T>(payload, n);
    } catch (const ArchiveError& e) {
        throw prefixed(path, e);
    } catch (const std::bad_alloc&) {
        throw ArchiveError(Reason::Io, path + ": not enough memory to read the file");
    }
}

}  // namespace

// ------------------------------------------------------------------------------ archive_detail

namespace archive_detail {

std::string seal(const std::string& kind, const std::string& payload) {
    if (kind.empty() || kind.size() > kKindSize)
        throw std::invalid_argument("bad archive kind '" + kind + "'");
    std::string out(kHeaderSize, '\0');
    std::memcpy(&out[0], kMagic, kMagicSize);
    std::memcpy(&out[kKindOffset], kind.data(), kind.size());
    put32(out, kVersionOffset, kEnvelopeVersion);
    put32(out, kRealOffset, static_cast<std::uint32_t>(sizeof(Real)));
    put64(out, kLengthOffset, payload.size());
    put32(out, kPayloadCrcOffset, crc32(payload.data(), payload.size()));
    put32(out, kHeaderCrcOffset, crc32(out.data(), kHeaderCrcOffset));
    out += payload;
    return out;
}

std::uint64_t remaining() { return tlLoading ? tlLoading->left() : UINT64_MAX; }

void checkFits(std::uint64_t count, std::uint64_t bytesEach, const char* what) {
    if (bytesEach == 0) bytesEach = 1;
    if (count > remaining() / bytesEach)
        corrupt(std::string("it claims ") + std::to_string(count) + " " + what +
                ", more than the file holds");
}

void corrupt(const std::string& what) {
    throw ArchiveError(ArchiveError::Reason::Corrupt, "file is corrupt (" + what + ")");
}

void newerClass(const char* what, unsigned int found, int supported) {
    if (found > 255)  // Boost class versions are below 256
        corrupt(std::string("impossible ") + what + " format " + std::to_string(found));
    throw ArchiveError(ArchiveError::Reason::Newer,
                       std::string("written by a newer version of MTL Studio (") + what +
                           " format " + std::to_string(found) + ", this version reads up to " +
                           std::to_string(supported) + ")");
}

}  // namespace archive_detail

// ------------------------------------------------------------------------------- public API

void saveGraphFile(const std::string& path, const Graph& graph) {
    writeAtomically(path, saveGraphToString(graph));
}

Graph loadGraphFile(const std::string& path) { return loadFile<Graph>(path, kGraphKind); }

void saveModelFile(const std::string& path, const ModelFile& model) {
    writeAtomically(path, saveModelToString(model));
}

void saveProjectFile(const std::string& path, const ProjectFile& project) {
    writeAtomically(path, saveProjectToString(project));
}

ModelFile loadModelFile(const std::string& path) { return loadFile<ModelFile>(path, kModelKind); }

std::string saveGraphToString(const Graph& graph) { return savePayload(graph, kGraphKind); }

Graph loadGraphFromString(const std::string& bytes, const std::string& source) {
    return loadFromBytes<Graph>(bytes, kGraphKind, source);
}

std::string saveModelToString(const ModelFile& model) { return savePayload(model, kModelKind); }

ModelFile loadModelFromString(const std::string& bytes, const std::string& source) {
    return loadFromBytes<ModelFile>(bytes, kModelKind, source);
}

std::string saveProjectToString(const ProjectFile& project) {
    return savePayload(project, kProjectKind);
}

ProjectFile loadProjectFromString(const std::string& bytes, const std::string& source) {
    return loadFromBytes<ProjectFile>(bytes, kProjectKind, source);
}

}  // namespace mtl
