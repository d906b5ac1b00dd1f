#include "interop/directory/SyntheticDirectoryFiles.h"

#include "domain/directory/DirectoryKey.h"
#include "interop/directory/DirectoryFileFormat.h"
#include "interop/directory/DirectoryRecords.h"
#include "interop/directory/ErrorCodes.h"
#include "interop/directory/PersonneActiviteReader.h"
#include "interop/directory/Tr.h"
#include "interop/directory/Windows1252.h"

namespace sgl::interop::directory {

using namespace Qt::StringLiterals;

namespace {

domain::DirectorySkill skillOf(const domain::DirectoryProfessional &p)
{
    domain::DirectorySkill s{p.idPp, u"S"_s, u"Spécialité ordinale"_s, {}, {}};
    for (const domain::DirectoryActivity &a : p.activities)
        if (!a.skillCode.isEmpty()) {
            s.code = a.skillCode;
            s.label = a.skillLabel;
            return s;
        }
    if (p.professionCode == u"21"_s || p.idPp.endsWith(u'5')) {
        s.code = u"SM05"_s;
        s.label = u"Biologie médicale"_s;
    } else {
        s.code = u"SM54"_s;
        s.label = u"Médecine générale"_s;
    }
    return s;
}

domain::DirectoryDiploma diplomaOf(const domain::DirectoryProfessional &p)
{
    domain::DirectoryDiploma d;
    d.idPp = p.idPp;
    d.diplomaTypeCode = u"DE"_s;
    d.diplomaTypeLabel = u"Diplôme d'état français"_s;
    if (p.professionCode == u"10"_s) {
        d.diplomaCode = u"DE01"_s;
        d.diplomaLabel = u"Diplôme d'État de docteur en médecine"_s;
    } else if (p.professionCode == u"21"_s) {
        d.diplomaCode = u"DE02"_s;
        d.diplomaLabel = u"Diplôme d'État de docteur en pharmacie"_s;
    } else if (p.professionCode == u"40"_s) {
        d.diplomaCode = u"DE03"_s;
        d.diplomaLabel = u"Diplôme d'État de docteur en chirurgie dentaire"_s;
    } else if (p.professionCode == u"50"_s) {
        d.diplomaCode = u"DE04"_s;
        d.diplomaLabel = u"Diplôme d'État de sage-femme"_s;
    } else {
        d.diplomaCode = u"DE05"_s;
        d.diplomaLabel = u"Diplôme d'État d'infirmier"_s;
    }
    return d;
}

domain::DirectoryMailbox organisationBox(int n)
{
    domain::DirectoryMailbox m;
    m.type = domain::DirectoryMailbox::Type::Organisation;
    m.typeCode = u"ORG"_s;
    m.address = u"secretariat.labo%1@synthetique.mssante.fr"_s.arg(n);
    m.structureIdType = u"1"_s;
    m.structureId = u"1%1"_s.arg(990000000 + n);
    m.service = u"Secrétariat"_s;
    m.organisationName = u"Laboratoire synthétique des Épinettes %1"_s.arg(n);
    m.postcode = u"75017"_s;
    m.city = u"75017 PARIS"_s;
    m.dematerialisation = u"O"_s;
    return m;
}

} // namespace

QByteArray SyntheticDirectoryFiles::line(QStringList fields)
{
    QString text;
    for (QString &f : fields) {
        f.replace(u'|', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
        text += f + u'|';
    }
    return Windows1252::encode(text) + '\n';
}

QByteArray SyntheticDirectoryFiles::header(DirectoryFileKind kind)
{
    return line(DirectoryFileFormat::header(kind));
}

domain::DirectoryMailbox SyntheticDirectoryFiles::personalBox(const domain::DirectoryProfessional &p,
                                                              const QString &address)
{
    domain::DirectoryMailbox m;
    m.type = domain::DirectoryMailbox::Type::Personal;
    m.typeCode = u"PER"_s;
    m.address = address;
    m.idType = p.idType.isEmpty() ? u"8"_s : p.idType;
    m.idPp = p.idPp;
    m.lastName = p.lastName;
    m.firstName = p.firstName;
    m.professionCode = p.professionCode;
    m.dematerialisation = u"O"_s;
    if (!p.activities.isEmpty()) {
        m.organisationName = p.activities.first().structureName;
        m.postcode = p.activities.first().postcode;
        m.city = (p.activities.first().postcode + u' ' + p.activities.first().city.toUpper()).trimmed();
    }
    return m;
}

domain::Result<QList<domain::DirectoryProfessional>> SyntheticDirectoryFiles::professionalsOf(QIODevice &device,
                                                                                               const QString &source)
{
    PersonneActiviteReader reader(device, source);
    if (auto ok = reader.readHeader(); !ok)
        return std::unexpected(ok.error());
    QList<domain::DirectoryProfessional> out;
    for (;;) {
        auto batch = reader.next(5000);
        if (!batch)
            return std::unexpected(batch.error());
        if (batch->isEmpty())
            return out;
        for (const domain::DirectoryEntry &e : *batch) {
            if (out.isEmpty() || out.last().idPp != e.professional.idPp)
                out << e.professional;
            out.last().activities << e.activity;
        }
    }
}

domain::Status SyntheticDirectoryFiles::write(DirectoryFileKind kind, QIODevice &device, const Options &options)
{
    QByteArray bytes = header(kind);
    int index = 0;
    switch (kind) {
    case DirectoryFileKind::PersonneActivite:
        return domain::fail(errc::Read, Tr::tr("Le fichier Personne_activite synthétique s'écrit avec SyntheticExtract."));
    case DirectoryFileKind::SavoirFaire:
        for (const domain::DirectoryProfessional &p : options.professionals)
            if (p.professionCode == u"10"_s || p.professionCode == u"21"_s)
                bytes += line(DirectoryRecords::fieldsOf(p, skillOf(p)));
        break;
    case DirectoryFileKind::DiplAutExerc:
        for (const domain::DirectoryProfessional &p : options.professionals)
            bytes += line(DirectoryRecords::fieldsOf(p, diplomaOf(p)));
        break;
    case DirectoryFileKind::MssanteMailboxes:
        for (const domain::DirectoryMailbox &m : options.extraMailboxes)
            bytes += line(DirectoryRecords::fieldsOf(m));
        for (const domain::DirectoryProfessional &p : options.professionals) {
            QStringList addresses;
            for (const domain::DirectoryActivity &a : p.activities)
                if (!a.mssante.isEmpty() && !addresses.contains(a.mssante))
                    addresses << a.mssante;
            if (addresses.isEmpty() && index % 3 == 0)
                addresses << u"%1.%2@synthetique.mssante.fr"_s.arg(domain::DirectoryKey::of(p.firstName).toLower(),
                                                                   domain::DirectoryKey::of(p.lastName).toLower());
            for (const QString &a : addresses)
                bytes += line(DirectoryRecords::fieldsOf(personalBox(p, a)));
            ++index;
        }
        for (int n = 1; n <= 2; ++n)
            bytes += line(DirectoryRecords::fieldsOf(organisationBox(n)));
        break;
    }
    if (device.write(bytes) != bytes.size())
        return domain::fail(errc::Read, Tr::tr("Écriture de l'extrait synthétique impossible : %1.").arg(device.errorString()));
    return {};
}

} // namespace sgl::interop::directory
