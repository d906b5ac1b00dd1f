#pragma once

namespace sgl::interop::astm {

/** The E1381 / LIS1-A control bytes. */
namespace ctl {
inline constexpr char SOH = 0x01;
inline constexpr char STX = 0x02;
inline constexpr char ETX = 0x03;
inline constexpr char EOT = 0x04;
inline constexpr char ENQ = 0x05;
inline constexpr char ACK = 0x06;
inline constexpr char LF = 0x0A;
inline constexpr char CR = 0x0D;
inline constexpr char DLE = 0x10;
inline constexpr char DC1 = 0x11;
inline constexpr char DC4 = 0x14;
inline constexpr char NAK = 0x15;
inline constexpr char SYN = 0x16;
inline constexpr char ETB = 0x17;

/**
 * Characters E1381 forbids in frame text, LF excepted (it is only tolerated, see LinkLayer):
 * SOH STX ETX EOT ENQ ACK DLE NAK SYN ETB DC1-DC4.
 */
[[nodiscard]] constexpr bool isRestricted(char c)
{
    switch (c) {
    case SOH: case STX: case ETX: case EOT: case ENQ: case ACK: case DLE: case NAK: case SYN:
    case ETB: case 0x11: case 0x12: case 0x13: case DC4:
        return true;
    default:
        return false;
    }
}
} // namespace ctl

} // namespace sgl::interop::astm
