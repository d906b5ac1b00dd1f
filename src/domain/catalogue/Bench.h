#pragma once

#include <QString>

namespace sgl::domain {

/**
 * A bench (paillasse) of the laboratory: the work area that performs an analysis (biochimie,
 * hématologie, hémostase, immunologie...). Lab-specific, defined in the catalogue; worklists are
 * organised by bench.
 */
struct Bench {
    QString code;   ///< local code, unique in the catalogue ("BIOCH")
    QString label;  ///< French name shown on worklists ("Biochimie")
    friend bool operator==(const Bench &, const Bench &) = default;
};

} // namespace sgl::domain
