// libFuzzer target for sgl::fuzz::mllp (see FuzzEntryPoints.h).
#include "FuzzEntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return sgl::fuzz::mllp(data, size);
}
