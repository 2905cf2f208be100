// Fuzz harness: the census-income loader (data/Census.h), on small inputs, in memory.
//
// Input: the text of census-income.data, a NUL byte, the text of census-income.test (without a
// NUL the same text is used for both). Group 1 for inputs of even length, group 2 for odd. The
// text goes to loadCensusText, the part of loadCensus after the files are read, so a run touches
// no file (about 10 times faster than writing two files per input).
// The loader may refuse the text with mtl::DataError; nothing else is allowed.
#include <cstring>
#include <string_view>

#include "FuzzSupport.h"
#include "data/Census.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const void* nul = size ? std::memchr(data, 0, size) : nullptr;
    const std::size_t trainSize =
        nul ? static_cast<std::size_t>(static_cast<const std::uint8_t*>(nul) - data) : size;
    const char* chars = reinterpret_cast<const char*>(data);
    const std::string_view train(chars, trainSize);
    const std::string_view test =
        nul ? std::string_view(chars + trainSize + 1, size - trainSize - 1) : train;
    mtl::CensusConfig c;
    c.group = 1 + static_cast<int>(size % 2);
    try {
        mtl::FeatureEncoding encoding;
        const mtl::DataSplits splits = mtl::loadCensusText({train, test}, c, &encoding);
        splits.train.check();
        splits.valid.check();
        splits.test.check();
    } catch (const mtl::DataError&) {
    }
    return 0;
}
