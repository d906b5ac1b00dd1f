#pragma once

#include <cstddef>
#include <cstdint>

/**
 * The fuzzed entry points, shared by the libFuzzer targets (SGL_FUZZ=ON, clang) and by the
 * GoogleTest that replays the seed corpus in every normal build. Each must return 0 and never
 * crash, hang or leak on any input; internal consistency checks abort() so the fuzzer sees them.
 */
namespace sgl::fuzz {

/** E1381 receiving state machine (LinkLayer) + MessageAssembler + ResultExtractor. */
int e1381(const std::uint8_t *data, std::size_t size);
/** Bare E1394 records (MessageAssembler, Record accessors, ResultExtractor). */
int e1394(const std::uint8_t *data, std::size_t size);
/** HL7 v2 ER7 parser + LAW readers + serializer round trip. */
int hl7(const std::uint8_t *data, std::size_t size);
/** MLLP framing (MllpCodec) fed in two chunks. */
int mllp(const std::uint8_t *data, std::size_t size);

} // namespace sgl::fuzz
