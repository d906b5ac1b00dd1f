#include "workflow/demo/DemoSeeder.h"
#include "workflow/demo/DemoAnalyzers.h"
#include "workflow/demo/DemoComments.h"
#include "workflow/demo/DemoDirectory.h"
#include "workflow/demo/DemoMailbox.h"
#include "workflow/demo/DemoQc.h"
#include "workflow/demo/DemoValidationQueue.h"
#include "workflow/demo/DemoAutoval.h"
#include "workflow/demo/DemoWorkInProgress.h"

#include "domain/audit/AuditActor.h"
#include "domain/catalogue/CatalogueLookup.h"
#include "domain/catalogue/RangeResolver.h"
#include "domain/catalogue/ReflexRule.h"
#include "domain/identity/Patient.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "domain/security/UserSession.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ResultRepository.h"
#include "storage/UserRepository.h"
#include "workflow/admin/UserAdmin.h"
#include "workflow/catalogue/ApplyCatalogueImport.h"
#include "workflow/ErrorCodes.h"
#include "workflow/report/LabSettings.h"
#include "workflow/Tr.h"

#include <algorithm>

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

/** A value exactly on an open limit ("< 3.9" with low 3.9) is outside the interval. */
std::optional<domain::AbnormalFlag> flagFor(const std::optional<domain::ReferenceRange> &range,
                                            const ResultValue &v)
{
    const auto d = v.toDouble();
    if (!d || !range)
        return std::nullopt;
    const bool less = v.comparator == domain::Comparator::Less;
    const bool greater = v.comparator == domain::Comparator::Greater;
    auto below = [&](std::optional<double> limit) { return limit && (*d < *limit || (*d == *limit && less)); };
    auto above = [&](std::optional<double> limit) { return limit && (*d > *limit || (*d == *limit && greater)); };
    if (below(range->criticalLow))
        return domain::AbnormalFlag::CriticalLow;
    if (above(range->criticalHigh))
        return domain::AbnormalFlag::CriticalHigh;
    if (below(range->low))
        return domain::AbnormalFlag::Low;
    if (above(range->high))
        return domain::AbnormalFlag::High;
    if (!range->low && !range->high)
        return std::nullopt; // text-only range: nothing to compare with
    return domain::AbnormalFlag::Normal;
}

QString limit(std::optional<double> v, int decimals)
{
    if (!v)
        return {};
    return decimals >= 0 ? QString::number(*v, 'f', decimals) : QString::number(*v, 'g', 12);
}

/** HL7 table 0487 label of the specimen types the demo catalogue uses. */
QString specimenLabel(const QString &type)
{
    static const QHash<QString, QString> labels{
        {u"BLD"_s, u"Sang total"_s}, {u"SER"_s, u"Sérum"_s}, {u"PLAS"_s, u"Plasma"_s},
        {u"PPP"_s, u"Plasma pauvre en plaquettes"_s}, {u"UR"_s, u"Urine"_s}};
    return labels.value(type, type);
}

struct DemoValue {
    QString code;   ///< catalogue local code
    QString text;   ///< numeric text ("< 1", "7.2") in the analysis' unit, or the text result
    std::optional<domain::CodedValue> coded;
};

DemoValue num(const QString &code, const QString &text) { return {code, text, std::nullopt}; }

domain::ReflexRule reflexRule(const QString &code, const QString &label, const QString &trigger,
                              domain::ReflexCondition condition, std::optional<double> threshold,
                              const QStringList &codedValues, const QString &add, bool automatic)
{
    domain::ReflexRule r;
    r.code = code;
    r.label = label;
    r.triggerCode = trigger;
    r.condition = condition;
    r.threshold = threshold;
    r.codedValues = codedValues;
    r.addCode = add;
    r.automatic = automatic;
    return r;
}

/** The demo lab's reflex protocols; thresholds in the catalogue units (TSH in m[IU]/L). */
QList<domain::ReflexRule> demoReflexRules()
{
    using C = domain::ReflexCondition;
    return {
        reflexRule(u"RFX-TSH-HAUTE"_s, Tr::tr("TSH élevée : dosage de la T4 libre"), u"TSH"_s, C::Above, 4.0, {},
                   u"T4L"_s, true),
        reflexRule(u"RFX-TSH-BASSE"_s, Tr::tr("TSH basse : dosage de la T4 libre"), u"TSH"_s, C::Below, 0.4, {},
                   u"T4L"_s, true),
        reflexRule(u"RFX-AGHBS-POS"_s, Tr::tr("Antigène HBs positif : bilan hépatique"), u"AGHBS"_s, C::CodedValue,
                   std::nullopt, {u"POS"_s}, u"BHEP"_s, false),
        reflexRule(u"RFX-HB-CRITIQUE"_s, Tr::tr("Hémoglobine critique : temps de Quick (saignement ?)"), u"HB"_s,
                   C::Critical, std::nullopt, {}, u"TP"_s, false),
        reflexRule(u"RFX-BU-PROT"_s, Tr::tr("Protéines à la bandelette : protéinurie quantitative"), u"BU_PROT"_s,
                   C::CodedValue, std::nullopt, {u"P1"_s, u"P2"_s, u"P3"_s}, u"PROTU"_s, false),
    };
}

/** Whether every item `rule` names exists in `c` (the demo may import a reduced catalogue). */
bool fits(const domain::ReflexRule &rule, const domain::Catalogue &c)
{
    const domain::Analysis *trigger = c.analysis(rule.triggerCode);
    if (!trigger || (!c.analysis(rule.addCode) && !c.exam(rule.addCode)))
        return false;
    for (const QString &v : rule.codedValues)
        if (!std::any_of(trigger->valueOptions.begin(), trigger->valueOptions.end(),
                         [&v](const domain::ValueOption &o) { return o.code == v; }))
            return false;
    return true;
}

/**
 * Adds the demo reflex rules as an administrator's edit would (CatalogueAdmin::saveReflexRule):
 * whole catalogue validated, one new catalogue version, each rule logged. Returns how many.
 */
domain::Result<int> seedReflexRules(storage::Database &db, const domain::CatalogueValidator &validator,
                                    const QString &author, const QDateTime &now)
{
    return db.write([&](storage::WriteTx &tx) -> domain::Result<int> {
        auto current = storage::CatalogueRepository::loadCurrent(tx);
        if (!current)
            return std::unexpected(current.error());
        domain::Catalogue c = *current;
        int added = 0;
        for (const domain::ReflexRule &r : demoReflexRules())
            if (fits(r, c) && !c.reflexRule(r.code)) {
                c.reflexRules << r;
                ++added;
            }
        // The biologist's delta check on creatinine (+50 % within 30 days), set like an
        // administrator's edit rather than in the exchange file, which stays the reference data.
        bool deltaSet = false;
        for (domain::Analysis &a : c.analyses)
            if (a.localCode == u"CREA"_s && !a.delta) {
                a.delta = domain::DeltaRule{std::nullopt, 50.0, 30};
                deltaSet = true;
            }
        if (added == 0 && !deltaSet)
            return 0;
        const auto report = validator.validate(c);
        if (!report.ok()) {
            QStringList problems;
            for (const auto &e : report.errors)
                problems << e.toString();
            return domain::fail(errc::DemoCatalogueRefused,
                                Tr::tr("Règles réflexes de démonstration refusées :\n%1")
                                    .arg(problems.join(u'\n')));
        }
        auto version = storage::CatalogueRepository::createVersion(
            tx, domain::CatalogueVersion{0, now, author,
                                         Tr::tr("Règles réflexes et contrôle delta de démonstration"),
                                         u"demo"_s});
        if (!version)
            return std::unexpected(version.error());
        auto saved = storage::CatalogueRepository::saveCatalogue(tx, c, *version, now);
        if (!saved)
            return std::unexpected(saved.error());
        return saved->reflexCreated;
    });
}
} // namespace

QHash<QString, QString> DemoSeeder::demoLabSettings()
{
    return {{u"lab.name"_s, u"Laboratoire de démonstration des Tilleuls"_s},
            {u"lab.finess"_s, u"750000001"_s},
            {u"lab.street"_s, u"1 rue des Tilleuls"_s},
            {u"lab.postal_code"_s, u"75001"_s},
            {u"lab.city"_s, u"Paris"_s},
            {u"lab.phone"_s, u"01 00 00 00 00"_s},
            {u"lab.practice_setting"_s, u"AMBULATOIRE"_s},
            {u"oid.root"_s, u"1.2.250.1.999.42"_s}};
}

domain::Result<DemoSeeder::Summary> DemoSeeder::seed(const Options &o)
{
    auto isEmpty = m_db.read([](storage::ReadTx &tx) -> domain::Result<bool> {
        auto users = storage::UserRepository::count(tx);
        if (!users)
            return std::unexpected(users.error());
        auto patients = storage::PatientRepository::count(tx);
        if (!patients)
            return std::unexpected(patients.error());
        auto catalogue = storage::CatalogueRepository::currentVersionId(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        return *users == 0 && *patients == 0 && *catalogue == 0;
    });
    if (!isEmpty)
        return std::unexpected(isEmpty.error());
    if (!*isEmpty)
        return domain::fail(errc::DemoNotEmpty,
                            Tr::tr("La base contient déjà des utilisateurs, des patients ou un "
                                                        "catalogue : les données de démonstration ne sont chargées "
                                                        "que dans une base vide."));
    const auto actor = domain::AuditActor::system(u"sgl demo-seed"_s, o.workstation);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Summary summary;

    // 1. The catalogue, as an administrator would import it (the operator's system session).
    auto validator = interop::catalogue::CatalogueReferenceData::validator();
    if (!validator)
        return std::unexpected(validator.error());
    domain::UserSession system;
    system.userId = -1;
    system.login = u"system:sgl demo-seed"_s;
    system.roles = {domain::Role::Admin};
    system.startedAt = now;
    system.workstation = o.workstation;
    auto imported = ApplyCatalogueImport(m_db, *validator).run(system, o.catalogue, {}, now);
    if (!imported)
        return std::unexpected(imported.error());
    if (!imported->diff.ok()) {
        QStringList problems;
        for (const auto &e : imported->diff.errors)
            problems << e.toString();
        return domain::fail(errc::DemoCatalogueRefused,
                            Tr::tr("Catalogue de démonstration refusé :\n%1").arg(problems.join(u'\n')),
                            o.catalogue.sourceName);
    }

    // 1b. The lab's reflex rules, once the analyses they name exist.
    auto rules = seedReflexRules(m_db, *validator, system.login, now);
    if (!rules)
        return std::unexpected(rules.error());
    summary.reflexRules = *rules;
    // 1c. The library of coded comments of biological validation.
    if (auto library = DemoComments::seedLibrary(m_db, system); !library)
        return std::unexpected(library.error());

    // 2. One account per role.
    UserAdmin admin(m_db, o.policy);
    const QList<NewUser> users{
        {u"secretaire"_s, u"Sophie Secrétaire"_s, u"Secretariat-2026"_s, {domain::Role::Secretary}, {}},
        {u"technicien"_s, u"Thomas Technicien"_s, u"Paillasse-2026"_s, {domain::Role::Technician}, {}},
        {u"biologiste"_s, u"Dr Béatrice Biologiste"_s, u"Validation-2026"_s,
         {domain::Role::Biologist}, u"10101010105"_s},
        {u"admin"_s, u"Alain Administrateur"_s, u"Parametrage-2026"_s, {domain::Role::Admin}, {}},
    };
    QHash<QString, domain::UserSession> sessions; // by login, for the work of the day (step 5)
    for (const NewUser &u : users) {
        auto created = admin.createUserAsSystem(actor, u);
        if (!created)
            return std::unexpected(created.error());
        ++summary.users;
        domain::UserSession s;
        s.userId = created->id;
        s.login = created->login;
        s.displayName = created->displayName;
        s.roles = created->roles;
        s.startedAt = now;
        s.workstation = o.workstation;
        sessions.insert(s.login, s);
    }

    // 3. Patients, dossiers and results.
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
    // Validated (identity card seen) but no INS yet: the traits of the INSi simulator's test
    // identity ADRUN ZOE (CNDA test case shape), so that the secretary can qualify it.
    auto p7 = patient(u"DEMO-0007"_s, u"ADRUN"_s, {u"ZOE"_s}, u"1975-12-31"_s, domain::Sex::Female,
                      u"63220"_s);
    p7.status = domain::IdentityStatus::Vali;
    p7.evidence << cni(checked);
    patients << p7;
    // A probable duplicate of DEMO-0001 (one letter typed wrong, same first name, birth date and
    // place), as a hospital identity feed might create it: the Accueil's "Doublons" screen
    // proposes the pair, and the merge keeps the qualified record.
    auto p8 = patient(u"DEMO-0008"_s, u"MARTAIN"_s, {u"CLAIRE"_s}, u"1980-02-14"_s, domain::Sex::Female,
                      u"75056"_s);
    patients << p8;

    auto written = m_db.write([&](storage::WriteTx &tx) -> domain::Status {
        summary.dossiers = 0; // the body may be re-run on a transient conflict
        summary.results = 0;
        auto current = storage::CatalogueRepository::loadCurrent(tx);
        if (!current)
            return std::unexpected(current.error());
        auto versionId = storage::CatalogueRepository::currentVersionId(tx);
        if (!versionId)
            return std::unexpected(versionId.error());
        summary.catalogueVersionId = *versionId;
        summary.analyses = int(current->analyses.size());
        const domain::CatalogueLookup catalogue(*current);

        for (auto &p : patients) {
            p.id = 0;
            if (auto s = storage::PatientRepository::insert(tx, p, actor); !s)
                return s;
        }
        int dossierNo = 0;
        auto dossier = [&](const domain::Patient &p, const QDateTime &collected, domain::DossierStatus status,
                           const QList<DemoValue> &values) -> domain::Status {
            // Resolve every analysis first: the refusal names all that are missing.
            QStringList unknown;
            for (const auto &v : values)
                if (!catalogue.analysis(v.code))
                    unknown << v.code;
            if (!unknown.isEmpty())
                return domain::fail(errc::DemoUnknownAnalysis,
                                    Tr::tr("Analyse(s) absente(s) du catalogue de démonstration : %1.")
                                        .arg(unknown.join(u", "_s)));
            domain::Dossier d;
            d.number = u"D-DEMO-%1"_s.arg(++dossierNo, 4, 10, QChar(u'0'));
            d.patientId = p.id;
            d.status = status;
            d.prescriberRpps = u"10100000016"_s;
            d.prescriberName = u"Dr Paul Prescripteur"_s;
            d.clinicalInfo = u"Bilan de contrôle"_s;
            d.createdBy = u"secretaire"_s;
            d.createdAt = collected;
            if (auto s = storage::DossierRepository::insert(tx, d, actor); !s)
                return s;
            // One tube per specimen type the catalogue asks for (sérum, plasma, urine...).
            QHash<QString, qint64> specimenOf;
            for (const auto &v : values) {
                const QString type = catalogue.analysis(v.code)->specimen;
                if (specimenOf.contains(type))
                    continue;
                domain::Specimen sp;
                sp.dossierId = d.id;
                sp.barcode = d.number + u'-' + QString::number(specimenOf.size() + 1);
                sp.typeCode = type;
                sp.typeLabel = specimenLabel(type);
                sp.status = domain::Specimen::Status::Received;
                sp.collectedAt = collected;
                sp.receivedAt = collected.addSecs(3600);
                if (auto s = storage::DossierRepository::addSpecimen(tx, sp, actor); !s)
                    return s;
                specimenOf.insert(type, sp.id);
            }
            QList<domain::LabResult> results;
            const bool validated = status == domain::DossierStatus::Validated;
            for (const auto &v : values) {
                const domain::Analysis *a = catalogue.analysis(v.code);
                domain::LabResult r;
                r.dossierId = d.id;
                r.patientId = p.id;
                r.specimenId = specimenOf.value(a->specimen);
                r.analysisCode = a->localCode;
                r.catalogueVersionId = *versionId;
                r.bench = a->bench; // the in-progress dossier shows on its bench's worklist
                switch (a->resultType) {
                case domain::ResultType::Numeric: {
                    auto parsed = ResultValue::parseNumeric(v.text, a->unit);
                    if (!parsed)
                        return domain::fail(errc::DemoBadValue,
                                            Tr::tr("Valeur de démonstration invalide pour %1 : %2.").arg(v.code, v.text));
                    r.value = *parsed;
                    break;
                }
                case domain::ResultType::Coded:
                    if (!v.coded)
                        return domain::fail(errc::DemoBadValue,
                                            Tr::tr("Valeur codée attendue pour %1.").arg(v.code));
                    r.value = ResultValue::ofCode(*v.coded);
                    break;
                case domain::ResultType::Text:
                    r.value = ResultValue::ofText(v.text);
                    break;
                }
                const auto range = domain::RangeResolver::resolve(a->ranges, p.traits.sex, p.traits.birthDate,
                                                                  collected.date());
                r.flag = flagFor(range, r.value);
                if (range) {
                    r.referenceLow = limit(range->low, a->decimals);
                    r.referenceHigh = limit(range->high, a->decimals);
                }
                r.observedAt = collected.addSecs(2 * 3600);
                r.enteredBy = u"technicien"_s;
                r.enteredAt = r.observedAt;
                r.state = validated ? domain::ValidationState::Validated : domain::ValidationState::Entered;
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
        // SNOMED CT "Negative" as coded in the ANS examples (JDV_ResultatDepistage_CISIS).
        const domain::CodedValue negative{u"260385009"_s, u"2.16.840.1.113883.6.96"_s, u"SNOMED CT"_s,
                                          u"Négatif"_s};
        struct Step {
            int patient;
            QDateTime collected;
            domain::DossierStatus status;
            QList<DemoValue> values;
        };
        const QList<Step> steps{
            // D-DEMO-0001: antériorités for MARTIN.
            {0, lastMonth, domain::DossierStatus::Validated,
             {num(u"HB"_s, u"12.8"_s), num(u"GLU"_s, u"5.4"_s), num(u"TSH"_s, u"2.10"_s)}},
            // D-DEMO-0002: MARTIN today: numeric, censored both ways, coded, text.
            {0, yesterday, domain::DossierStatus::Validated,
             {num(u"HB"_s, u"11.6"_s), num(u"GB"_s, u"7.2"_s), num(u"PLAQ"_s, u"245"_s),
              num(u"GLU"_s, u"6.3"_s), num(u"CRP"_s, u"<1"_s), num(u"TSH"_s, u"3.45"_s),
              num(u"RUBG"_s, u">500"_s), {u"AGHBS"_s, {}, negative}, {u"ASP_U"_s, u"Limpide"_s, std::nullopt}}},
            // D-DEMO-0003: CASANOVA, born in Ajaccio (2A): ionogram, creatinine, HbA1c, lipids.
            {1, yesterday, domain::DossierStatus::Validated,
             {num(u"NA"_s, u"139"_s), num(u"K"_s, u"5.6"_s), num(u"CREA"_s, u"98"_s),
              num(u"HBA1C"_s, u"7.1"_s), num(u"CT"_s, u"4.90"_s), num(u"HDL"_s, u"1.20"_s),
              num(u"TG"_s, u"1.50"_s), num(u"LDLC"_s, u"3.02"_s)}}, // Friedewald: 4.90 - 1.20 - 1.50 / 2.2
            // D-DEMO-0004: BENALI (NIA): microcytic anaemia.
            {3, yesterday, domain::DossierStatus::Validated,
             {num(u"HB"_s, u"10.9"_s), num(u"GR"_s, u"3.90"_s), num(u"VGM"_s, u"72"_s)}},
            // D-DEMO-0005: SANTONI (2B, identity retrieved not qualified): still in progress; her
            // TSH fires the reflex rule RFX-TSH-HAUTE (T4 libre).
            {2, now.addSecs(-3 * 3600), domain::DossierStatus::InProgress,
             {num(u"GLU"_s, u"4.8"_s), num(u"CRP"_s, u"12"_s), num(u"TSH"_s, u"6.20"_s)}},
        };
        for (const Step &step : steps)
            if (auto s = dossier(patients[step.patient], step.collected, step.status, step.values); !s)
                return s;
        return {};
    });
    if (!written)
        return std::unexpected(written.error());
    summary.patients = int(patients.size());

    // 4. The letterhead, so that `sgl report build` works right away.
    if (!o.labSettings.isEmpty())
        if (auto s = report::LabSettings::save(m_db, system, o.labSettings); !s)
            return std::unexpected(s.error());

    // 5. Today's work, through the users' own use cases (tubes to receive, a haemolysed tube,
    //    values to validate technically, a dossier for the biologist).
    auto work = DemoWorkInProgress::seed(m_db, patients, sessions.value(u"secretaire"_s),
                                         sessions.value(u"technicien"_s), now);
    if (!work)
        return std::unexpected(work.error());
    summary.dossiers += work->dossiers;
    summary.results += work->results;

    // 5b. The biologist's queue: a critical value awaiting its call-back, a delta alert, clean
    //     dossiers for batch release, a partial report waiting for a late analysis, an amended report.
    auto queue = DemoValidationQueue::seed(m_db, patients, sessions.value(u"secretaire"_s), sessions.value(u"technicien"_s),
                                           sessions.value(u"biologiste"_s), now);
    if (!queue)
        return std::unexpected(queue.error());
    summary.dossiers += queue->dossiers;
    summary.results += queue->results;
    // A printed and an internal comment on the delta alert dossier.
    if (auto s = DemoComments::seedOnDossier(m_db, sessions.value(u"biologiste"_s), queue->deltaDossierId, u"CREA"_s); !s)
        return std::unexpected(s.error());

    // 5c. Auto-validation: the demo rules in shadow mode, the queue evaluated (verdicts, statistics).
    if (o.autoValidation)
        if (auto a = DemoAutoval::seed(m_db, sessions.value(u"admin"_s), sessions.value(u"technicien"_s), u"biologiste"_s); !a)
            return std::unexpected(a.error());

    // 6. The analyzers: the shipped profiles, and the two instruments the demo simulators play.
    auto analyzerProfiles = DemoAnalyzers::seed(m_db, sessions.value(u"admin"_s));
    if (!analyzerProfiles)
        return std::unexpected(analyzerProfiles.error());
    summary.analyzerProfiles = *analyzerProfiles;

    // 7. Internal QC: lots on the chemistry analyzer, a week of runs, a rejected CRP run holding a
    //    patient result measured by the analyzer (the technician's review in « Contrôle qualité »).
    auto qcRuns = DemoQc::seed(m_db, patients, sessions.value(u"secretaire"_s), sessions.value(u"technicien"_s), now);
    if (!qcRuns)
        return std::unexpected(qcRuns.error());
    summary.qcRuns = *qcRuns;

    // 8. The lab's MSSanté mailbox: a prescriber's plain mail and a nonconforming subcontractor
    //    report, kept for a human (« Envois », tab « Messages reçus »).
    auto kept = DemoMailbox::seed(m_db, now);
    if (!kept)
        return std::unexpected(kept.error());
    summary.mailboxMessages = *kept;
    // 9. The Annuaire Santé: a synthetic extract imported by the administrator.
    if (o.directory) {
        auto professionals = DemoDirectory::seed(m_db, sessions.value(u"admin"_s));
        if (!professionals)
            return std::unexpected(professionals.error());
        summary.directoryProfessionals = *professionals;
    }
    return summary;
}

} // namespace sgl::workflow
