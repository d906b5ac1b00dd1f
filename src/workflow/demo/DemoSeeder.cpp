#include "workflow/demo/DemoSeeder.h"

#include "domain/audit/AuditActor.h"
#include "domain/identity/Patient.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ResultRepository.h"
#include "storage/UserRepository.h"
#include "workflow/admin/UserAdmin.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sgl::workflow {

namespace {
using domain::ResultValue;

domain::Patient patient(const QString &ipp, const QString &birthName, const QStringList &firstNames,
                        const QString &birthDate, domain::Sex sex, const QString &cog)
{
    domain::Patient p;
    p.localId = ipp;
    p.traits.birthName = birthName;
    p.traits.firstBirthName = firstNames.value(0);
    p.traits.birthFirstNames = firstNames;
    p.traits.birthDateRaw = birthDate;
    p.traits.birthDate = QDate::fromString(birthDate, Qt::ISODate);
    p.traits.sex = sex;
    p.traits.birthPlaceCog = cog;
    return p;
}

domain::Ins ins(const QString &matricule, const QString &key, const QString &oid)
{
    return {matricule, key, oid, QDate(2024, 1, 1), {}};
}

domain::IdentityEvidence cni(const QDateTime &at)
{
    return {0, domain::EvidenceType::IdentityCard, {}, u"secretaire"_s, at};
}

std::optional<domain::AbnormalFlag> flagFor(const DemoAnalysis &a, const ResultValue &v)
{
    const auto d = v.toDouble();
    if (!d)
        return std::nullopt;
    if (!a.low.isEmpty() && (*d < a.low.toDouble()
                             || (*d == a.low.toDouble() && v.comparator == domain::Comparator::Less)))
        return domain::AbnormalFlag::Low;
    if (!a.high.isEmpty() && (*d > a.high.toDouble()
                              || (*d == a.high.toDouble()
                                  && v.comparator == domain::Comparator::Greater)))
        return domain::AbnormalFlag::High;
    return domain::AbnormalFlag::Normal;
}
} // namespace

domain::Result<DemoSeeder::Summary> DemoSeeder::seed(const Options &o)
{
    auto isEmpty = m_db.read([](storage::ReadTx &tx) -> domain::Result<bool> {
        auto users = storage::UserRepository::count(tx);
        if (!users)
            return std::unexpected(users.error());
        auto patients = storage::PatientRepository::count(tx);
        if (!patients)
            return std::unexpected(patients.error());
        return *users == 0 && *patients == 0;
    });
    if (!isEmpty)
        return std::unexpected(isEmpty.error());
    if (!*isEmpty)
        return domain::fail(u"demo.not_empty"_s,
                            QCoreApplication::translate("DemoSeeder",
                                                        "La base contient déjà des utilisateurs ou "
                                                        "des patients : les données de démonstration "
                                                        "ne sont chargées que dans une base vide."));
    const auto actor = domain::AuditActor::system(u"sgl demo-seed"_s, o.workstation);
    Summary summary;

    UserAdmin admin(m_db, o.policy);
    const QList<NewUser> users{
        {u"secretaire"_s, u"Sophie Secrétaire"_s, u"Secretariat-2026"_s, {domain::Role::Secretary}, {}},
        {u"technicien"_s, u"Thomas Technicien"_s, u"Paillasse-2026"_s, {domain::Role::Technician}, {}},
        {u"biologiste"_s, u"Dr Béatrice Biologiste"_s, u"Validation-2026"_s,
         {domain::Role::Biologist}, u"10101010101"_s},
        {u"admin"_s, u"Alain Administrateur"_s, u"Parametrage-2026"_s, {domain::Role::Admin}, {}},
    };
    for (const NewUser &u : users) {
        auto created = admin.createUserAsSystem(actor, u);
        if (!created)
            return std::unexpected(created.error());
        ++summary.users;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime checked = now.addDays(-40);
    const QString nirTest = u"1.2.250.1.213.1.4.10"_s;
    const QString niaTest = u"1.2.250.1.213.1.4.11"_s;

    QList<domain::Patient> patients;
    // Qualified: NIR key 97 - (2800275056123 mod 97) = 41, born in Paris (75056).
    auto p1 = patient(u"DEMO-0001"_s, u"MARTIN"_s, {u"CLAIRE"_s, u"ANNE"_s}, u"1980-02-14"_s,
                      domain::Sex::Female, u"75056"_s);
    p1.ins = ins(u"2800275056123"_s, u"41"_s, nirTest);
    p1.status = domain::IdentityStatus::Qual;
    p1.evidence << cni(checked);
    p1.traits.usedName = u"DURAND"_s;
    patients << p1;
    // Born in Ajaccio (2A004); key computed with 2A read as 19: 73.
    auto p2 = patient(u"DEMO-0002"_s, u"CASANOVA"_s, {u"PIERRE"_s, u"JEAN"_s}, u"1975-06-03"_s,
                      domain::Sex::Male, u"2A004"_s);
    p2.ins = ins(u"175062A004321"_s, u"73"_s, nirTest);
    p2.status = domain::IdentityStatus::Qual;
    p2.evidence << domain::IdentityEvidence{0, domain::EvidenceType::Passport, {}, u"secretaire"_s,
                                            checked};
    patients << p2;
    // Born in Bastia (2B033); 2B read as 18: key 60. INS retrieved, no document seen yet.
    auto p3 = patient(u"DEMO-0003"_s, u"SANTONI"_s, {u"MARIE"_s}, u"1992-05-21"_s,
                      domain::Sex::Female, u"2B033"_s);
    p3.ins = ins(u"292052B033047"_s, u"60"_s, nirTest);
    p3.status = domain::IdentityStatus::Recup;
    patients << p3;
    // NIA (born abroad, 99350 Maroc), test OID .11, qualified.
    auto p4 = patient(u"DEMO-0004"_s, u"BENALI"_s, {u"KARIM"_s}, u"1965-04-12"_s,
                      domain::Sex::Male, u"99350"_s);
    p4.ins = ins(u"1650499350012"_s, u"37"_s, niaTest);
    p4.status = domain::IdentityStatus::Qual;
    p4.evidence << domain::IdentityEvidence{0, domain::EvidenceType::ResidencePermit, {},
                                            u"secretaire"_s, checked};
    patients << p4;
    // Provisional: no INS, no document.
    auto p5 = patient(u"DEMO-0005"_s, u"LEROY"_s, {u"LUCAS"_s}, u"2001-10-30"_s,
                      domain::Sex::Male, u"69123"_s);
    patients << p5;
    // Doubtful identity: stays PROV whatever is presented.
    auto p6 = patient(u"DEMO-0006"_s, u"PETIT"_s, {u"EMMA"_s}, u"1988-12-01"_s,
                      domain::Sex::Female, u"33063"_s);
    p6.doubtful = true;
    patients << p6;

    auto find = [&](const QString &code) -> const DemoAnalysis * {
        for (const auto &a : o.analyses)
            if (a.code == code)
                return &a;
        return nullptr;
    };

    auto written = m_db.write([&](storage::WriteTx &tx) -> domain::Status {
        for (auto &p : patients)
            if (auto s = storage::PatientRepository::insert(tx, p, actor); !s)
                return s;
        int dossierNo = 0;
        auto dossier = [&](const domain::Patient &p, const QDateTime &collected,
                           domain::DossierStatus status,
                           const QList<std::pair<QString, ResultValue>> &values) -> domain::Status {
            domain::Dossier d;
            d.number = u"D-DEMO-%1"_s.arg(++dossierNo, 4, 10, QChar(u'0'));
            d.patientId = p.id;
            d.status = status;
            d.prescriberRpps = u"10100000018"_s;
            d.prescriberName = u"Dr Paul Prescripteur"_s;
            d.clinicalInfo = u"Bilan de contrôle"_s;
            d.createdBy = u"secretaire"_s;
            d.createdAt = collected;
            if (auto s = storage::DossierRepository::insert(tx, d, actor); !s)
                return s;
            domain::Specimen sp;
            sp.dossierId = d.id;
            sp.barcode = d.number + u"-1"_s;
            sp.typeCode = u"BLD"_s;
            sp.typeLabel = u"Sang veineux"_s;
            sp.status = domain::Specimen::Status::Received;
            sp.collectedAt = collected;
            sp.receivedAt = collected.addSecs(3600);
            if (auto s = storage::DossierRepository::addSpecimen(tx, sp, actor); !s)
                return s;
            QList<domain::LabResult> results;
            const bool validated = status == domain::DossierStatus::Validated;
            for (const auto &[code, value] : values) {
                const DemoAnalysis *a = find(code);
                if (!a)
                    return domain::fail(u"demo.unknown_analysis"_s,
                                        u"Analyse %1 absente du catalogue de démonstration."_s.arg(code));
                domain::LabResult r;
                r.dossierId = d.id;
                r.patientId = p.id;
                r.specimenId = sp.id;
                r.analysisCode = code;
                r.value = value;
                r.flag = flagFor(*a, value);
                r.referenceLow = a->low;
                r.referenceHigh = a->high;
                r.observedAt = collected.addSecs(2 * 3600);
                r.enteredBy = u"technicien"_s;
                r.enteredAt = r.observedAt;
                r.state = validated ? domain::ValidationState::Validated
                                    : domain::ValidationState::Entered;
                if (validated) {
                    r.technicallyValidatedBy = u"technicien"_s;
                    r.technicallyValidatedAt = collected.addSecs(3 * 3600);
                    r.validatedBy = u"biologiste"_s;
                    r.validatedAt = collected.addSecs(4 * 3600);
                }
                results << r;
            }
            if (auto s = storage::ResultRepository::insertBatch(tx, results, actor); !s)
                return s;
            ++summary.dossiers;
            summary.results += int(results.size());
            return {};
        };
        const QDateTime lastMonth = now.addDays(-30);
        const QDateTime yesterday = now.addDays(-1);
        auto num = [](const QString &text, const QString &unit) {
            return *ResultValue::parseNumeric(text, unit);
        };
        const ResultValue groupA = ResultValue::ofCode(
            {u"112144000"_s, u"2.16.840.1.113883.6.96"_s, u"SNOMED CT"_s, u"Groupe sanguin A"_s});
        const QList<domain::Status> steps{
            // Antériorités for MARTIN, then the current validated dossier.
            dossier(patients[0], lastMonth, domain::DossierStatus::Validated,
                    {{u"HB"_s, num(u"12.8"_s, u"g/dL"_s)}, {u"GLY"_s, num(u"5.4"_s, u"mmol/L"_s)},
                     {u"TSH"_s, num(u"2.10"_s, u"m[IU]/L"_s)}}),
            dossier(patients[0], yesterday, domain::DossierStatus::Validated,
                    {{u"HB"_s, num(u"11.6"_s, u"g/dL"_s)},
                     {u"GB"_s, num(u"7.2"_s, u"10*9/L"_s)},
                     {u"PLQ"_s, num(u"245"_s, u"10*9/L"_s)},
                     {u"GLY"_s, num(u"6.3"_s, u"mmol/L"_s)},
                     {u"CRP"_s, num(u"<1"_s, u"mg/L"_s)},
                     {u"TSH"_s, num(u"3.45"_s, u"m[IU]/L"_s)},
                     {u"BHCG"_s, num(u">500"_s, u"[IU]/L"_s)},
                     {u"ABO"_s, groupA},
                     {u"ASPU"_s, ResultValue::ofText(u"Limpide"_s)}}),
            dossier(patients[1], yesterday, domain::DossierStatus::Validated,
                    {{u"NA"_s, num(u"139"_s, u"mmol/L"_s)}, {u"K"_s, num(u"5.6"_s, u"mmol/L"_s)},
                     {u"CREA"_s, num(u"98"_s, u"umol/L"_s)},
                     {u"HBA1C"_s, num(u"7.1"_s, u"%"_s)},
                     {u"CHOL"_s, num(u"4.9"_s, u"mmol/L"_s)}}),
            dossier(patients[3], yesterday, domain::DossierStatus::Validated,
                    {{u"FERR"_s, num(u"8"_s, u"ug/L"_s)}, {u"HB"_s, num(u"10.9"_s, u"g/dL"_s)},
                     {u"GR"_s, num(u"3.90"_s, u"10*12/L"_s)}}),
            dossier(patients[2], now.addSecs(-3 * 3600), domain::DossierStatus::InProgress,
                    {{u"GLY"_s, num(u"4.8"_s, u"mmol/L"_s)},
                     {u"CRP"_s, num(u"12"_s, u"mg/L"_s)}}),
        };
        for (const auto &s : steps)
            if (!s)
                return s;
        return {};
    });
    if (!written)
        return std::unexpected(written.error());
    summary.patients = int(patients.size());
    return summary;
}

} // namespace sgl::workflow
