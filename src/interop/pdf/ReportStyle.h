#pragma once

#include "interop/pdf/PageDisplayList.h"

namespace sgl::interop::pdf::reportstyle {

// The report's page geometry (points, A4) and colours, shared by the page header and the layout.
inline constexpr double PageWidth = 595.276;
inline constexpr double PageHeight = 841.890;
inline constexpr double Margin = 36.0;
inline constexpr double DataMatrixSize = 80.0; // ANS stylesheet: 80 x 80 pt
inline constexpr double FooterTop = 62.0;      // the flow stops above this
inline constexpr double Left = Margin;
inline constexpr double Right = PageWidth - Margin;

inline constexpr Rgb Black{0, 0, 0};
inline constexpr Rgb Gray{0.38, 0.38, 0.38};
inline constexpr Rgb LightGray{0.75, 0.75, 0.75};
inline constexpr Rgb BandFill{0.89, 0.93, 0.97};
inline constexpr Rgb BoxFill{0.965, 0.965, 0.965};
inline constexpr Rgb White{1, 1, 1};
inline constexpr Rgb Navy{0.09, 0.22, 0.42};
inline constexpr Rgb Red{0.75, 0.05, 0.05};
inline constexpr Rgb Blue{0.05, 0.25, 0.70};
inline constexpr Rgb Orange{0.78, 0.40, 0.0};

} // namespace sgl::interop::pdf::reportstyle
