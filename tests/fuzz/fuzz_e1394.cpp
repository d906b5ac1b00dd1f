// libFuzzer target for sgl::fuzz::e1394 (see FuzzEntryPoints.h).
#include "FuzzEntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return sgl::fuzz::e1394(data, size);
}
