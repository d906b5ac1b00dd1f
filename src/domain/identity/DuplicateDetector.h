#pragma once

#include "domain/identity/Patient.h"

#include <QList>
#include <QStringList>

namespace sgl::domain {

/** An existing patient that may be the same person as the one being registered. */
struct DuplicateCandidate {
    qint64 patientId = 0;
    int score = 0;         ///< 0..100
    bool certain = false;  ///< same INS: the same person for sure
    QStringList reasons;   ///< French, e.g. "même date de naissance"
};

/**
 * Potential-duplicate scoring (RNIV: search before creating). Score: same INS = 100 (certain);
 * otherwise same birth date 40, same phonetic birth or used name 30 (+5 if identical after
 * normalisation), same phonetic first name 20, same sex 5, same birth place 5. Candidates at or
 * above the threshold are returned, best first. Merged records (mergedInto != 0) and the
 * newcomer itself (same non-zero id) are ignored.
 */
class DuplicateDetector
{
public:
    static constexpr int kDefaultThreshold = 70;

    [[nodiscard]] static int score(const Patient &a, const Patient &b, QStringList *reasons = nullptr,
                                   bool *certain = nullptr);
    [[nodiscard]] static QList<DuplicateCandidate> find(const Patient &newcomer,
                                                        const QList<Patient> &existing,
                                                        int threshold = kDefaultThreshold);
};

} // namespace sgl::domain
