#pragma once

#include "domain/Error.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace sgl::simulators::dmp {

/**
 * The code lists the simulator checks XDS metadata against (dmp-wire-facts §5).
 *
 * From the CI-SIS SVS files of shared/ans/TestContenuCDA-3-0/jeuxDeValeurs (J01 authorSpecialty,
 * J02 healthcareFacilityTypeCode, J04 practiceSettingCode, J07 typeCode, J08 confidentialityCode),
 * each code with its codeSystem. The DMP's own sets are not available locally, so:
 * - classCode: J57-ClassCode-DMP as retrieved from the ANS terminology pages (embedded);
 * - formatCode: the J60 codes named in the facts + those of the official DMP examples (embedded);
 * - typeCode: J07 plus the LOINC codes of the official DMP examples missing from J07 (J66 stand-in:
 *   the official TD2.1 request itself uses 27899-4, absent from J07);
 * - contentTypeCode (J59): only its coding scheme 1.2.250.1.213.2.2 is checked.
 * Without the SVS directory, the SVS-backed sets are not checked (isComplete() false).
 */
class DmpValueSets
{
public:
    enum class Set { ClassCode, TypeCode, Confidentiality, FormatCode, FacilityType, PracticeSetting,
                     AuthorSpecialty, ContentType };

    /** directory empty: embedded sets only. Error "dmpsim.value_sets" when a file is unreadable. */
    [[nodiscard]] static domain::Result<DmpValueSets> load(const QString &directory);

    [[nodiscard]] bool isComplete() const { return m_complete; }
    /** std::nullopt when (code, codingScheme) belongs to the set, else the French reason. */
    [[nodiscard]] std::optional<QString> check(Set set, const QString &code, const QString &codingScheme) const;

private:
    QHash<Set, QSet<QString>> m_pairs; ///< "code|codeSystem"
    bool m_complete = false;
};

} // namespace sgl::simulators::dmp
