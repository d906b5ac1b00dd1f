// libFuzzer target for sgl::fuzz::hl7 (see FuzzEntryPoints.h).
#include "FuzzEntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return sgl::fuzz::hl7(data, size);
}
