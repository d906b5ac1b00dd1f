#include "workflow/demo/DemoSteps.h"

#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/bench/BenchResultEntry.h"
#include "workflow/specimens/SpecimenReception.h"

namespace sgl::workflow {

using namespace Qt::StringLiterals;

domain::Result<qint64> DemoSteps::patientId(const QList<domain::Patient> &patients, const QString &localId)
{
    for (const domain::Patient &p : patients)
        if (p.localId == localId)
            return p.id;
    return domain::fail(errc::DemoUnknownPatient, Tr::tr("Patient de démonstration %1 absent.").arg(localId), localId);
}

domain::Result<orders::DossierChange> DemoSteps::order(storage::Database &db, const domain::UserSession &secretary,
                                                      qint64 patient, const QStringList &exams,
                                                      const QMap<QString, QString> &answers, const QDateTime &sampledAt,
                                                      domain::Dossier::Priority priority)
{
    orders::DossierRequest r;
    r.patientId = patient;
    r.prescriberName = u"Dr Paul Prescripteur"_s;
    r.prescriberRpps = u"10100000016"_s;
    r.prescriberMssante = u"paul.prescripteur@demo.mssante.fr"_s;
    r.examCodes = exams;
    r.clinicalAnswers = answers;
    r.sampledAt = sampledAt;
    r.samplerKind = domain::Dossier::SamplerKind::Laboratory;
    r.samplerName = u"Infirmière du laboratoire"_s;
    r.priority = priority;
    r.clinicalInfo = u"Bilan demandé par le médecin traitant"_s;
    return orders::OrderEntry(db, secretary).create(r);
}

domain::Status DemoSteps::receiveAll(storage::Database &db, const domain::UserSession &technician,
                                     const orders::DossierChange &change)
{
    specimens::SpecimenReception reception(db, technician);
    for (const orders::AllocatedTube &tube : change.newTubes)
        if (auto r = reception.receive(tube.specimen.barcode, change.dossier.id); !r)
            return std::unexpected(r.error());
    return {};
}

domain::Result<int> DemoSteps::enter(storage::Database &db, const domain::UserSession &technician, qint64 dossierId,
                                     const QList<Entry> &values)
{
    bench::BenchResultEntry entry(db, technician);
    int n = 0;
    for (const Entry &e : values) {
        auto r = entry.enterByCode(dossierId, QString::fromLatin1(e.code), QString::fromUtf8(e.value));
        if (!r)
            return std::unexpected(r.error());
        ++n;
    }
    return n;
}

} // namespace sgl::workflow
