#pragma once

namespace sgl::interop::astm {

/**
 * How the 8-bit text of an ASTM link is decoded (ASTM has no charset field: it is a property of
 * the instrument, set in its profile). Latin-1 never fails; UTF-8 falls back to Latin-1 with an
 * astm.bad_encoding error on invalid bytes.
 */
enum class TextEncoding { Latin1, Utf8 };

} // namespace sgl::interop::astm
