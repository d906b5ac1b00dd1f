#include "interop/directory/SyntheticExtract.h"

#include "domain/directory/DirectoryKey.h"
#include "domain/lab/RppsNumber.h"
#include "interop/directory/ErrorCodes.h"
#include "interop/directory/PersonneActiviteWriter.h"
#include "interop/directory/Tr.h"

#include <QRandomGenerator>

#include <array>

namespace sgl::interop::directory {

using namespace Qt::StringLiterals;

namespace {

struct City {
    const char16_t *name;
    const char16_t *postcode;
    const char16_t *insee;
};
constexpr std::array<City, 12> kCities{{{u"Paris", u"75015", u"75115"},
                                        {u"Lyon", u"69003", u"69383"},
                                        {u"Besançon", u"25000", u"25056"},
                                        {u"Orléans", u"45000", u"45234"},
                                        {u"Nîmes", u"30000", u"30189"},
                                        {u"Saint-Étienne", u"42000", u"42218"},
                                        {u"Angoulême", u"16000", u"16015"},
                                        {u"Évreux", u"27000", u"27229"},
                                        {u"Clermont-Ferrand", u"63000", u"63113"},
                                        {u"Brest", u"29200", u"29019"},
                                        {u"Pontoise", u"95300", u"95500"},
                                        {u"Rodez", u"12000", u"12202"}}};
constexpr std::array<const char16_t *, 24> kLastNames{
    u"Lefèvre", u"Bérard", u"Dupré", u"Garçon", u"Mérieux", u"Chassériaux", u"Noël", u"Lemaître",
    u"Béranger", u"Fauré", u"Cœurdacier", u"Thérond", u"Pélissier", u"Giraud", u"Lagrange", u"Moreau",
    u"Aubé", u"Delacroix", u"Saint-Aubin", u"Péret", u"Ménard", u"Rousseau", u"Vallée", u"Brûlé"};
constexpr std::array<const char16_t *, 20> kFirstNames{
    u"Hélène", u"Zoé", u"Jérôme", u"François", u"Noëlle", u"Anaïs", u"Cédric", u"Maël", u"Agnès", u"Loïc",
    u"Béatrice", u"Gaël", u"Inès", u"Rémi", u"Clémence", u"Frédéric", u"Léa", u"Timothée", u"Maëlle", u"Sébastien"};
struct Profession {
    const char16_t *code;
    const char16_t *label;
    const char16_t *skillCode;
    const char16_t *skillLabel;
};
constexpr std::array<Profession, 7> kProfessions{{{u"10", u"Médecin", u"SM54", u"Médecine générale"},
                                                 {u"10", u"Médecin", u"SM04", u"Cardiologie et maladies vasculaires"},
                                                 {u"10", u"Médecin", u"SM05", u"Biologie médicale"},
                                                 {u"21", u"Pharmacien", u"SM05", u"Biologie médicale"},
                                                 {u"60", u"Infirmier", u"", u""},
                                                 {u"40", u"Chirurgien-dentiste", u"", u""},
                                                 {u"50", u"Sage-Femme", u"", u""}}};

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

domain::DirectoryActivity activityIn(const City &city, qint64 structure, bool liberal)
{
    domain::DirectoryActivity a;
    a.practiceModeCode = liberal ? u"L"_s : u"S"_s;
    a.practiceModeLabel = liberal ? u"Libéral, indépendant, artisan, commerçant"_s : u"Salarié"_s;
    a.structureId = u"S%1"_s.arg(structure, 9, 10, QChar(u'0'));
    a.structureName = liberal ? u"Cabinet médical de la Fontaine %1"_s.arg(structure) : u"Centre de santé Épervier %1"_s.arg(structure);
    a.siret = u"9%1"_s.arg(structure, 13, 10, QChar(u'0'));
    a.address = u"%1 rue des Écoles"_s.arg(1 + structure % 120);
    a.postcode = str(city.postcode);
    a.cityCode = str(city.insee);
    a.city = str(city.name);
    a.phone = u"01%1"_s.arg(structure % 100000000, 8, 10, QChar(u'0'));
    a.sectorCode = liberal ? u"SA07"_s : u"SA01"_s;
    a.sectorLabel = liberal ? u"Cabinet individuel"_s : u"Établissement public de santé"_s;
    a.roleCode = liberal ? u"FON-01"_s : u"FON-05"_s;
    a.roleLabel = liberal ? u"Titulaire de cabinet"_s : u"Salarié"_s;
    return a;
}

} // namespace

QString SyntheticExtract::rpps(qint64 index)
{
    const QString payload = QString::number(1900000000LL + index);
    return payload + QString::number(domain::RppsNumber::luhnKey(payload));
}

domain::DirectoryEntry SyntheticExtract::professional(const QString &rpps, const QString &lastName,
                                                      const QString &firstName, const QString &professionCode,
                                                      const QString &email)
{
    domain::DirectoryEntry e;
    domain::DirectoryProfessional &p = e.professional;
    p.idType = u"8"_s;
    p.idPp = rpps;
    p.nationalId = u"8"_s + rpps;
    p.practiceCivilityCode = u"DR"_s;
    p.practiceCivility = u"Docteur"_s;
    p.lastName = lastName;
    p.firstName = firstName;
    p.professionCode = professionCode;
    p.profession = professionCode == u"21"_s ? u"Pharmacien"_s : u"Médecin"_s;
    p.categoryCode = u"C"_s;
    p.category = u"Civil"_s;
    e.activity = activityIn(kCities[0], 1, true);
    e.activity.email = email;
    if (email.endsWith(u"mssante.fr"_s))
        e.activity.mssante = email;
    return e;
}

domain::Status SyntheticExtract::write(QIODevice &device, const Options &options)
{
    auto put = [&device](const QByteArray &bytes) -> domain::Status {
        if (device.write(bytes) == bytes.size())
            return {};
        return domain::fail(errc::Read, Tr::tr("Écriture de l'extrait synthétique impossible : %1.").arg(device.errorString()));
    };
    if (auto ok = put(PersonneActiviteWriter::header()); !ok)
        return ok;
    QRandomGenerator random(options.seed);
    qint64 written = 0;
    for (const domain::DirectoryEntry &e : options.extra) {
        if (written >= options.rows)
            break;
        if (auto ok = put(PersonneActiviteWriter::line(e)); !ok)
            return ok;
        ++written;
    }
    QByteArray chunk;
    for (qint64 index = 0; written < options.rows; ++index) {
        domain::DirectoryEntry e;
        domain::DirectoryProfessional &p = e.professional;
        const Profession &prof = kProfessions[random.bounded(int(kProfessions.size()))];
        const bool woman = random.bounded(2) == 0;
        p.idType = u"8"_s;
        p.idPp = rpps(index);
        p.nationalId = u"8"_s + p.idPp;
        const bool doctor = str(prof.code) == u"10"_s || str(prof.code) == u"21"_s || str(prof.code) == u"40"_s;
        p.practiceCivilityCode = doctor ? u"DR"_s : QString();
        p.practiceCivility = doctor ? u"Docteur"_s : QString();
        p.civilityCode = woman ? u"MME"_s : u"M"_s;
        p.civility = woman ? u"Madame"_s : u"Monsieur"_s;
        p.lastName = str(kLastNames[random.bounded(int(kLastNames.size()))]).toUpper();
        p.firstName = str(kFirstNames[random.bounded(int(kFirstNames.size()))]);
        p.professionCode = str(prof.code);
        p.profession = str(prof.label);
        p.categoryCode = u"C"_s;
        p.category = u"Civil"_s;
        const int activities = 1 + (random.bounded(10) < 2 ? 1 : 0) + (random.bounded(20) == 0 ? 1 : 0);
        for (int k = 0; k < activities && written < options.rows; ++k) {
            const City &city = kCities[random.bounded(int(kCities.size()))];
            e.activity = activityIn(city, index * 3 + k, random.bounded(3) != 0);
            if (*prof.skillCode) {
                e.activity.skillTypeCode = u"S"_s;
                e.activity.skillCode = str(prof.skillCode);
                e.activity.skillLabel = str(prof.skillLabel);
            }
            if (random.bounded(4) == 0) {
                e.activity.email = u"%1.%2@synthetique.mssante.fr"_s.arg(domain::DirectoryKey::of(p.firstName).toLower(), p.idPp);
                e.activity.mssante = e.activity.email;
            }
            chunk += PersonneActiviteWriter::line(e);
            ++written;
        }
        if (chunk.size() > (1 << 20)) {
            if (auto ok = put(chunk); !ok)
                return ok;
            chunk.clear();
        }
    }
    return put(chunk);
}

} // namespace sgl::interop::directory
