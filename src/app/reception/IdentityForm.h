#pragma once

#include "domain/identity/IdentityEvidence.h"
#include "domain/identity/Patient.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

class QWidget;

namespace Ui {
class ReceptionView;
}

namespace sgl::app {

class BirthPlacePicker;
class IdentityStatusBadge;

/**
 * The identity part of the Accueil form (header with the RNIV badge and INS line, strict and
 * used traits, contact, attributes, documents seen), bound to ReceptionView's widgets. It shows a
 * stored patient as stored, reads what was typed into the values a use case expects, and switches
 * between consultation and edition. It holds no identity rule: the use cases check and refuse;
 * only the shape of the fields (a date typed dd/mm/yyyy, a sex chosen, a known birth place) is
 * checked here so that the message can name the field.
 */
class IdentityForm {
    Q_DECLARE_TR_FUNCTIONS(sgl::app::IdentityForm)
public:
    /** What the form holds, as the identity use cases take it. */
    struct Data {
        domain::IdentityTraits traits;
        QString phone;
        QString email;
        QString address;
    };
    /** A field that cannot be read: the message names it, `field` gets the focus. */
    struct Problem {
        QString message;
        QWidget *field = nullptr;
    };

    IdentityForm(Ui::ReceptionView &ui, IdentityStatusBadge &badge, BirthPlacePicker &birthPlace);

    /** Fills the sex and document-type choices (once, at construction of the view). */
    void fillChoices();
    /** Shows `patient` as stored, evidence included; editable only when `editable`. */
    void show(const domain::Patient &patient, bool editable);
    /** Lists documents seen (stored ones, or those noted before a creation). */
    void showEvidence(const QList<domain::IdentityEvidence> &evidence);
    /** Empties every field and the header ("Aucun patient sélectionné"), read-only. */
    void clear();
    /** An empty, editable form for a new patient, with what the search already typed. */
    void startNew(const QString &birthName, const QString &birthDate);
    void setEditable(bool editable);
    /**
     * The typed identity. `current` is the patient being edited (nullopt when creating): an
     * INSi partial birth date ("00/00/1950") it holds stays accepted as received.
     */
    [[nodiscard]] std::expected<Data, Problem> read(const std::optional<domain::Patient> &current) const;
    /** The document type and reference typed in the evidence line (reference field cleared). */
    [[nodiscard]] domain::IdentityEvidence takeTypedEvidence();
    [[nodiscard]] bool doubtful() const;
    [[nodiscard]] bool fictitious() const;
    [[nodiscard]] bool homonym() const;

    /** "DURAND (né(e) MARTIN) CLAIRE": used name first when it differs. */
    [[nodiscard]] static QString displayName(const domain::Patient &patient);
    [[nodiscard]] static QString evidenceLabel(domain::EvidenceType type);
    /** dd/MM/yyyy, the date format of every field of the screen. */
    static inline const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

private:
    Ui::ReceptionView &m_ui;
    IdentityStatusBadge &m_badge;
    BirthPlacePicker &m_birthPlace;
};

} // namespace sgl::app
