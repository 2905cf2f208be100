// Fuzz harness: the census-income loader (data/Census.h), on small files.
//
// Input: the text of census-income.data, a NUL byte, the text of census-income.test (without a
// NUL the same text is used for both). Group 1 for inputs of even length, group 2 for odd. The
// files are written to a private folder in /dev/shm, so a run never touches the real data.
// The loader may refuse the files with mtl::DataError; nothing else is allowed.
#include <cstring>

#include "FuzzSupport.h"
#include "data/Census.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const void* nul = size ? std::memchr(data, 0, size) : nullptr;
    const std::size_t trainSize =
        nul ? static_cast<std::size_t>(static_cast<const std::uint8_t*>(nul) - data) : size;
    const std::uint8_t* test = nul ? data + trainSize + 1 : data;
    const std::size_t testSize = nul ? size - trainSize - 1 : size;
    mtl::fuzz::writeScratch("census-income.data", data, trainSize);
    mtl::fuzz::writeScratch("census-income.test", test, testSize);
    mtl::CensusConfig c;
    c.dir = mtl::fuzz::scratchDir();
    c.group = 1 + static_cast<int>(size % 2);
    try {
        mtl::FeatureEncoding encoding;
        const mtl::DataSplits splits = mtl::loadCensus(c, &encoding);
        splits.train.check();
        splits.valid.check();
        splits.test.check();
    } catch (const mtl::DataError&) {
    }
    return 0;
}
