#include "workflow/orders/LabelPrinting.h"

#include "domain/catalogue/ContainerType.h"
#include "interop/labels/LabelPdfWriter.h"
#include "interop/labels/LabelPrintJob.h"
#include "interop/labels/LabelPrinter.h"
#include "interop/labels/PrinterDestination.h"
#include "interop/labels/ZplWriter.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ReportSettingsRepository.h"
#include "storage/SpecimenRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/report/LabelLayoutSettings.h"

namespace sgl::workflow::orders {

using namespace sgl::domain;

namespace {

TubeLabel::Priority labelPriority(Dossier::Priority p)
{
    switch (p) {
    case Dossier::Priority::Urgent:
        return TubeLabel::Priority::Urgent;
    case Dossier::Priority::Vital:
        return TubeLabel::Priority::Vital;
    case Dossier::Priority::Routine:
        break;
    }
    return TubeLabel::Priority::Routine;
}

/** The chosen tubes of the dossier (all when `barcodes` is empty), in the dossier's order. */
Result<QList<Specimen>> chosenTubes(storage::ReadTx &tx, qint64 dossierId, const QStringList &barcodes)
{
    auto all = storage::DossierRepository::specimens(tx, dossierId);
    if (!all)
        return std::unexpected(all.error());
    if (all->isEmpty())
        return fail(errc::OrderNoTube, Tr::tr("Ce dossier n'a aucun tube : aucune étiquette à imprimer."),
                    QStringLiteral("dossierId"));
    if (barcodes.isEmpty())
        return *all;
    QList<Specimen> out;
    for (const QString &wanted : barcodes) {
        const QString code = wanted.trimmed();
        auto it = std::find_if(all->cbegin(), all->cend(), [&](const Specimen &s) { return s.barcode == code; });
        if (it == all->cend())
            return fail(errc::OrderUnknownTube, Tr::tr("Le tube %1 n'appartient pas à ce dossier.").arg(code),
                        QStringLiteral("barcodes"));
        out << *it;
    }
    return out;
}

bool anyPrinted(const QList<Specimen> &tubes)
{
    return std::any_of(tubes.cbegin(), tubes.cend(), [](const Specimen &s) { return s.labelPrints > 0; });
}

} // namespace

LabelPrinting::LabelPrinting(storage::Database &db, UserSession session, std::optional<LabelLayout> layout)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session)), m_layout(std::move(layout))
{
}

TubeLabel LabelPrinting::labelOf(const Patient &patient, const Dossier &dossier, const Specimen &tube)
{
    TubeLabel l;
    l.birthName = patient.traits.birthName;
    l.usedName = patient.traits.usedName;
    l.firstName = patient.traits.usedFirstName.isEmpty() ? patient.traits.firstBirthName : patient.traits.usedFirstName;
    l.birthDate = !patient.traits.birthDateRaw.isEmpty() ? patient.traits.birthDateRaw
                  : patient.traits.birthDate.isValid()   ? patient.traits.birthDate.toString(Qt::ISODate)
                                                         : QString();
    l.sex = patient.traits.sex;
    l.dossierNumber = dossier.number;
    l.barcode = tube.barcode;
    l.containerCode = tube.containerCode;
    if (auto c = ContainerType::find(tube.containerCode))
        l.containerLabel = c->label;
    l.specimenType = tube.typeLabel;
    const QDateTime sampled = tube.collectedAt.isValid() ? tube.collectedAt : dossier.sampledAt;
    if (sampled.isValid())
        l.sampledAt = sampled;
    l.priority = labelPriority(dossier.priority);
    return l;
}

Result<LabelOutput> LabelPrinting::run(qint64 dossierId, const QStringList &barcodes, const QString &reprintReason,
                                       const Sink &sink)
{
    if (auto ok = requirePermission(m_session, Permission::SpecimenReceive); !ok)
        return std::unexpected(ok.error());
    const QString reason = reprintReason.trimmed();
    return m_db.write([&](storage::WriteTx &tx) -> Result<LabelOutput> {
        auto tubes = chosenTubes(tx, dossierId, barcodes);
        if (!tubes)
            return std::unexpected(tubes.error());
        LabelOutput out;
        out.reprint = anyPrinted(*tubes);
        if (out.reprint && reason.isEmpty())
            return fail(errc::OrderReasonRequired,
                        Tr::tr("Ces étiquettes ont déjà été imprimées : indiquez le motif de la réimpression."),
                        QStringLiteral("reason"));
        auto dossier = storage::DossierRepository::get(tx, dossierId, m_actor);
        if (!dossier)
            return std::unexpected(dossier.error());
        auto patient = storage::PatientRepository::get(tx, dossier->patientId, m_actor);
        if (!patient)
            return std::unexpected(patient.error());
        for (const Specimen &s : *tubes)
            out.labels << labelOf(*patient, *dossier, s);
        LabelLayout layout;
        if (m_layout) {
            layout = *m_layout;
        } else {
            auto settings = storage::ReportSettingsRepository::all(tx);
            if (!settings)
                return std::unexpected(settings.error());
            layout = report::LabelLayoutSettings::fromMap(*settings);
        }
        auto bytes = sink(layout, out.labels);
        if (!bytes)
            return std::unexpected(bytes.error());
        out.bytes = *bytes;
        for (Specimen &s : *tubes) {
            // The first print of a tube needs no reason; a reprint stores it.
            const QString why = s.labelPrints > 0 ? reason : QString();
            if (auto r = storage::SpecimenRepository::recordLabelPrint(tx, s, 1, why, m_actor); !r)
                return std::unexpected(r.error());
        }
        out.tubes = *tubes;
        return out;
    });
}

Result<LabelOutput> LabelPrinting::render(qint64 dossierId, const QStringList &barcodes, Format format,
                                          const QString &reprintReason)
{
    return run(dossierId, barcodes, reprintReason,
               [&](const LabelLayout &layout, const QList<TubeLabel> &labels) -> Result<QByteArray> {
                   if (format == Format::Zpl)
                       return interop::labels::ZplWriter(layout).write(labels);
                   return interop::labels::LabelPdfWriter(layout).write(labels);
               });
}

Result<LabelOutput> LabelPrinting::send(qint64 dossierId, const QStringList &barcodes, const QString &printer,
                                         const QString &reprintReason)
{
    auto destination = interop::labels::PrinterDestination::parse(printer.trimmed());
    if (!destination)
        return std::unexpected(destination.error());
    auto out = run(dossierId, barcodes, reprintReason,
                   [&](const LabelLayout &layout, const QList<TubeLabel> &labels) -> Result<QByteArray> {
                       auto zpl = interop::labels::ZplWriter(layout).write(labels);
                       if (!zpl)
                           return zpl;
                       const QString title = Tr::tr("Étiquettes du dossier %1").arg(dossierId);
                       if (auto sent = interop::labels::LabelPrinter(*destination).send(*zpl, title); !sent)
                           return std::unexpected(sent.error());
                       return zpl;
                   });
    return out;
}

Result<LabelOutput> LabelPrinting::print(qint64 dossierId, const QStringList &barcodes, QPrinter &printer,
                                         const QString &reprintReason)
{
    return run(dossierId, barcodes, reprintReason,
               [&](const LabelLayout &layout, const QList<TubeLabel> &labels) -> Result<QByteArray> {
        const QString job = Tr::tr("Étiquettes %1").arg(labels.isEmpty() ? QString() : labels.first().dossierNumber);
        if (auto s = interop::labels::LabelPrintJob(layout).print(printer, labels, job); !s)
            return std::unexpected(s.error());
        return QByteArray();
    });
}

Result<bool> LabelPrinting::wouldReprint(qint64 dossierId, const QStringList &barcodes)
{
    if (auto ok = requirePermission(m_session, Permission::SpecimenReceive); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) -> Result<bool> {
        auto tubes = chosenTubes(tx, dossierId, barcodes);
        if (!tubes)
            return std::unexpected(tubes.error());
        return anyPrinted(*tubes);
    });
}

} // namespace sgl::workflow::orders
