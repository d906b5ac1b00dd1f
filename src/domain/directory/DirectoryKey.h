#pragma once

#include <QString>

namespace sgl::domain {

/**
 * The search key of a name or a city in the directory: letters and digits only, accents
 * removed, upper case (« Lefèvre-D'Arc » → « LEFEVREDARC »). Stored next to the text so that a
 * prefix search is an index range on both databases whatever their collation.
 */
class DirectoryKey {
public:
    [[nodiscard]] static QString of(const QString &text);
    /**
     * The exclusive upper bound of the keys starting with `prefix` (its last character
     * incremented), or an empty string when there is none (prefix of 'Z's and '9's only).
     */
    [[nodiscard]] static QString upperBound(const QString &prefix);
};

} // namespace sgl::domain
