#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/identity/Patient.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabelLayout.h"
#include "domain/lab/Specimen.h"
#include "domain/lab/TubeLabel.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QPrinter;

namespace sgl::workflow::orders {

/** What a print of tube labels produced. */
struct LabelOutput {
    QByteArray bytes;                    ///< the PDF or ZPL document (empty after print())
    QList<domain::TubeLabel> labels;     ///< one per tube, in tube order
    QList<domain::Specimen> tubes;       ///< the tubes printed, label count updated
    bool reprint = false;                ///< at least one tube had been printed before
};

/**
 * Printing the labels of a dossier's tubes (all of them, or the chosen barcodes): each label
 * shows the patient (birth name, used name, first name, birth date, sex), the dossier number,
 * the container and specimen type, the sampling time and the priority, laid out by the lab's
 * label layout (settings "label.*", report::LabelLayoutSettings, read in the print's transaction;
 * the default LabelLayout when none is stored) unless the caller gives one.
 *
 * Output: PDF bytes (one label a page), ZPL II bytes for a Zebra raw queue, or a Qt print job on
 * the caller's QPrinter. Every output is one write transaction: the dossier and the patient are
 * read (audited dossier.read / patient.read), the labels rendered, then each tube's print is
 * recorded (specimen.label_print the first time, specimen.label_reprint after); a rendering or
 * printing failure records nothing.
 *
 * Reprint: when any chosen tube already had labels printed, a non-blank reason is required
 * (order.reason_required, location "reason"; nothing written) and is stored with the
 * print and in the audit row. Other errors: order.no_tube (the dossier has no tube),
 * order.unknown_tube (a chosen barcode is not the dossier's, location "barcodes"),
 * storage.not_found (no such dossier), the label.* / labels.* errors of interop/labels.
 *
 * Requires Permission::SpecimenReceive (secretary at the desk, technician at reception;
 * auth.forbidden otherwise, before anything is read).
 */
class LabelPrinting {
public:
    enum class Format { Pdf, Zpl };

    /** `layout` given: used instead of the lab's stored layout (previews, tests). */
    LabelPrinting(storage::Database &db, domain::UserSession session, std::optional<domain::LabelLayout> layout = {});

    /** The labels as a document; `barcodes` empty means every tube of the dossier. */
    [[nodiscard]] domain::Result<LabelOutput> render(qint64 dossierId, const QStringList &barcodes, Format format,
                                                     const QString &reprintReason = {});
    /** The labels printed on `printer` (Qt printing: CUPS driver or PDF file printer). */
    [[nodiscard]] domain::Result<LabelOutput> print(qint64 dossierId, const QStringList &barcodes, QPrinter &printer,
                                                    const QString &reprintReason = {});
    /**
     * The labels as ZPL II sent unchanged to a label printer: `printer` is a CUPS raw queue
     * ("cups:QUEUE[@SERVER]") or a printer's raw port ("tcp://HOST[:9100]"), parsed before
     * anything is read (labels.printer_destination_invalid, location "printer"). Blocking, up to
     * the destination's timeout; a refused or unreachable printer (labels.printer_unreachable,
     * labels.printer_rejected) records nothing.
     */
    [[nodiscard]] domain::Result<LabelOutput> send(qint64 dossierId, const QStringList &barcodes, const QString &printer,
                                                   const QString &reprintReason = {});
    /** True when one of the tubes (all when `barcodes` is empty) already had labels printed. */
    [[nodiscard]] domain::Result<bool> wouldReprint(qint64 dossierId, const QStringList &barcodes = {});

    /** The label of one tube of a dossier (pure: no storage). */
    [[nodiscard]] static domain::TubeLabel labelOf(const domain::Patient &patient, const domain::Dossier &dossier,
                                                   const domain::Specimen &tube);

private:
    using Sink = std::function<domain::Result<QByteArray>(const domain::LabelLayout &, const QList<domain::TubeLabel> &)>;
    [[nodiscard]] domain::Result<LabelOutput> run(qint64 dossierId, const QStringList &barcodes,
                                                  const QString &reprintReason, const Sink &sink);

    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
    std::optional<domain::LabelLayout> m_layout;
};

} // namespace sgl::workflow::orders
