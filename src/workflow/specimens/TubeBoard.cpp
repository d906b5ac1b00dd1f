#include "workflow/specimens/TubeBoard.h"

#include "domain/catalogue/ContainerType.h"
#include "domain/lab/LabResult.h"
#include "storage/DossierRepository.h"
#include "storage/NonConformityRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ResultRepository.h"
#include "storage/SpecimenRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"

namespace sgl::workflow::specimens {

using namespace sgl::domain;

TubeBoard::TubeBoard(storage::Database &db, UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session))
{
}

Result<DossierTubes> TubeBoard::load(storage::WriteTx &tx, qint64 dossierId)
{
    DossierTubes out;
    auto d = storage::DossierRepository::get(tx, dossierId, m_actor);
    if (!d)
        return std::unexpected(d.error());
    out.dossier = *d;
    auto patient = storage::PatientRepository::get(tx, d->patientId, m_actor);
    if (!patient)
        return std::unexpected(patient.error());
    const IdentityTraits &t = patient->traits;
    out.patientName = (t.usedName.isEmpty() ? t.birthName : t.usedName) + u' ' + t.firstBirthName;
    if (t.birthDate.isValid())
        out.patientName += Tr::tr(", né(e) le %1").arg(t.birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    auto catalogue = m_catalogue.current(tx);
    if (!catalogue)
        return std::unexpected(catalogue.error());
    auto tubes = storage::DossierRepository::specimens(tx, dossierId);
    if (!tubes)
        return std::unexpected(tubes.error());
    auto results = storage::ResultRepository::forDossier(tx, dossierId, m_actor);
    if (!results)
        return std::unexpected(results.error());
    auto ncs = storage::NonConformityRepository::forDossier(tx, dossierId);
    if (!ncs)
        return std::unexpected(ncs.error());
    for (const Specimen &s : *tubes) {
        TubeRow row;
        row.specimen = s;
        const auto type = ContainerType::find(s.containerCode);
        row.containerLabel = type ? type->label : s.containerCode;
        for (const LabResult &r : *results) {
            if (r.specimenId != s.id || r.state == ValidationState::Cancelled)
                continue;
            const Analysis *a = m_catalogue.analysis(r.analysisCode);
            row.analyses << TubeAnalysis{r.analysisCode, a ? a->label : r.analysisCode, r.state, r.reservation};
        }
        for (const NonConformity &nc : *ncs)
            if (nc.specimenId == s.id)
                row.nonConformities << nc;
        out.tubes << row;
    }
    return out;
}

Result<DossierTubes> TubeBoard::forDossier(qint64 dossierId)
{
    if (auto ok = requirePermission(m_session, Permission::DossierRead); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) { return load(tx, dossierId); });
}

Result<DossierTubes> TubeBoard::forBarcode(const QString &barcode)
{
    if (auto ok = requirePermission(m_session, Permission::DossierRead); !ok)
        return std::unexpected(ok.error());
    const QString code = barcode.trimmed().toUpper();
    return m_db.write([&](storage::WriteTx &tx) -> Result<DossierTubes> {
        auto s = storage::SpecimenRepository::byBarcode(tx, code);
        if (!s)
            return std::unexpected(s.error());
        if (!*s)
            return fail(errc::SpecimenUnknownBarcode,
                        Tr::tr("Code-barres %1 inconnu : aucun tube du laboratoire ne porte ce numéro.").arg(code),
                        QStringLiteral("barcode"));
        return load(tx, (*s)->dossierId);
    });
}

} // namespace sgl::workflow::specimens
