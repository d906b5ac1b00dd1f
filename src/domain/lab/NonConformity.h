#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * A pre-analytical non-conformity recorded on a tube at reception (or later on the bench), with
 * what it means for each analysis measured in that tube: cancelled and a new sample requested,
 * or performed anyway with a reservation printed on the report. Non-conformities are shown again
 * at validation and on the report.
 */
struct NonConformity {
    enum class Reason {
        Haemolysed,
        Clotted,
        InsufficientVolume,
        WrongContainer,
        Unlabelled,
        Mislabelled,
        TransportDelay,
        TemperatureExceeded,
        IdentityMismatch,
        Other
    };
    enum class Consequence { NewSampleRequested, PerformedWithReservation };

    /** One analysis of the tube and what the non-conformity does to it. */
    struct Effect {
        QString analysisCode;
        Consequence consequence = Consequence::PerformedWithReservation;
        friend bool operator==(const Effect &, const Effect &) = default;
    };

    qint64 id = 0;
    qint64 specimenId = 0;
    Reason reason = Reason::Other;
    QString comment;          ///< free text; required for Reason::Other
    QList<Effect> effects;
    QString recordedBy;
    QDateTime recordedAt;     ///< UTC

    /** The reservation sentence printed on the report for an analysis performed anyway. */
    [[nodiscard]] QString reservationText() const;
};

/** "haemolysed", "clotted", "insufficient_volume", "wrong_container", "unlabelled", "mislabelled",
 *  "transport_delay", "temperature_exceeded", "identity_mismatch", "other". */
[[nodiscard]] QString nonConformityReasonCode(NonConformity::Reason reason);
[[nodiscard]] std::optional<NonConformity::Reason> nonConformityReasonFromCode(const QString &code);
/** French label ("Échantillon hémolysé"). */
[[nodiscard]] QString nonConformityReasonLabel(NonConformity::Reason reason);
/** Every reason, in display order. */
[[nodiscard]] QList<NonConformity::Reason> allNonConformityReasons();
/** "new_sample", "reservation". */
[[nodiscard]] QString nonConformityConsequenceCode(NonConformity::Consequence consequence);
[[nodiscard]] std::optional<NonConformity::Consequence> nonConformityConsequenceFromCode(const QString &code);

} // namespace sgl::domain
