#pragma once
// Quoting a value from an input file for an error message, so that whatever the file holds the
// message stays short, readable and safe to print to a terminal or show in a label.
//
// quoteForMessage(s) returns s between single quotes with
//   - at most maxChars characters (UTF-8 code points) of s; a longer value is cut and followed by
//     "…" and its size, e.g. 'aaaa…' (5,000,000 bytes);
//   - control bytes written as escapes: \n, \r, \t, \0 and \xNN for the others (including DEL
//     and the C1 controls U+0080..U+009F, which terminals may take as escape sequences);
//   - bytes that are not valid UTF-8 written as \xNN (one escape per byte);
//   - every other character, including valid non-ASCII UTF-8, kept as it is.
// An escape counts as one character. A NUL byte in s does not end the value.
#include <cstddef>
#include <string>
#include <string_view>

namespace mtl {

std::string quoteForMessage(std::string_view s, std::size_t maxChars = 60);

}  // namespace mtl
