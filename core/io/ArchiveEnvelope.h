#pragma once
// The envelope every archive file starts with (layout in io/Archive.h's header comment): its
// size and version, and sealing a payload (exposed for tests that craft payloads). Checking and
// opening envelopes is Archive.cpp's.
#include <cstddef>
#include <cstdint>
#include <string>

namespace mtl {
namespace archive_detail {

constexpr std::size_t kHeaderSize = 40;
constexpr std::uint32_t kEnvelopeVersion = 1;

// Wraps a payload in the envelope.
std::string seal(const std::string& kind, const std::string& payload);

}  // namespace archive_detail
}  // namespace mtl
