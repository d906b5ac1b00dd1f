#pragma once

#include <QString>

namespace sgl::simulators::analyzer {

/** One result as the simulated instrument reports it (wire texts). */
struct SimulatedResult {
    QString code;       ///< instrument test code ("WBC", "GLUC3")
    QString value;      ///< formatted value, or ">40.0" above the linearity limit
    QString units;      ///< as the instrument sends them ("10*3/uL", "mmol/L")
    QString reference;  ///< "4.0-10.0"
    QString flag;       ///< "L", "H", "N", or ">" above the linearity limit
    QString comment;    ///< instrument alarm text (ASTM C record), usually empty
};

} // namespace sgl::simulators::analyzer
