#pragma once

#include <QByteArray>

namespace sgl::interop::pdf {

/**
 * The sRGB IEC61966-2.1 ICC v2 profile of resources/icc/sRGB.icc (icc-profiles-free, zlib
 * licence), compiled in by CMake. Returned without copy (QByteArray::fromRawData).
 */
[[nodiscard]] QByteArray srgbIccProfile();

} // namespace sgl::interop::pdf
