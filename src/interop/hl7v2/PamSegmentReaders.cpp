#include "interop/hl7v2/PamSegmentReaders.h"

#include "domain/identity/InsOid.h"
#include "domain/identity/NirKey.h"
#include "interop/hl7v2/ErrorCodes.h"
#include "interop/hl7v2/Location.h"
#include "interop/hl7v2/Tr.h"

#include <QSet>

namespace sgl::interop::hl7v2::pam {

namespace {

Location at(const QString &segment, int field = 0, int repetition = 0, int component = 0)
{
    return Location{segment, 1, field, repetition, component, 0};
}

void add(QList<domain::Error> &errors, QLatin1StringView code, const QString &message, const Location &where)
{
    errors << domain::Error{code, message, where.toString()};
}

QSet<QString> codes(std::initializer_list<const char16_t *> list)
{
    QSet<QString> set;
    for (const char16_t *c : list)
        set.insert(QString::fromUtf16(c));
    return set;
}

// Optional DTM field: absent is fine, present must parse.
std::optional<DateTime> readDate(const Segment &s, int field, int repetition,
                                 QList<domain::Error> &errors, const char *what)
{
    const QString text = s.value(field, repetition, 1);
    if (text.isEmpty() || s.isNull(field, repetition))
        return std::nullopt;
    auto parsed = DateTime::parse(text);
    if (!parsed) {
        add(errors, errc::BadDataType,
            Tr::tr("Date invalide « %1 » pour %2 (format AAAAMMJJ[hhmm[ss]] attendu).").arg(text, QString::fromUtf8(what)),
            at(s.name(), field, repetition > 1 ? repetition : 0));
    }
    return parsed;
}

PatientIdentifier readCx(const Segment &s, int field, int repetition)
{
    PatientIdentifier id;
    id.deletion = s.raw(field, repetition, 1) == u"\"\"";
    id.id = id.deletion ? QString() : s.value(field, repetition, 1);
    id.authority.namespaceId = s.value(field, repetition, 4, 1);
    id.authority.universalId = s.value(field, repetition, 4, 2);
    id.authority.universalIdType = s.value(field, repetition, 4, 3);
    id.typeCode = s.value(field, repetition, 5);
    return id;
}

bool isNia(const PatientIdentifier &id)
{
    return id.typeCode == u"INS-NIA" || domain::insKindFromOid(id.authority.universalId) == domain::InsKind::Nia;
}

} // namespace

QString insValueProblem(const QString &value)
{
    if (value.size() != 15)
        return Tr::tr("l'INS doit compter 15 caractères (matricule de 13 + clé de 2), reçu %1").arg(value.size());
    const QString matricule = value.left(13).toUpper();
    if (auto ok = domain::NirKey::check(matricule, value.right(2)); !ok)
        return ok.error().message;
    return {};
}

bool isCogCode(const QString &value)
{
    if (value.size() != 5)
        return false;
    const bool corsica = value.startsWith(u"2A") || value.startsWith(u"2B");
    for (qsizetype i = corsica ? 2 : 0; i < 5; ++i) {
        if (value[i] < u'0' || value[i] > u'9')
            return false;
    }
    return true;
}

void readEvn(const Message &message, PamEvent &event, QList<domain::Error> &errors)
{
    const Segment *evn = message.segment(u"EVN");
    if (!evn) {
        add(errors, errc::MissingSegment, Tr::tr("Segment EVN absent."), at(QStringLiteral("EVN")));
        return;
    }
    if (evn->value(2).isEmpty())
        add(errors, errc::MissingRequiredField, Tr::tr("Date d'enregistrement de l'événement (EVN-2) absente."),
            at(QStringLiteral("EVN"), 2));
    else
        event.recordedAt = readDate(*evn, 2, 1, errors, "EVN-2");
    event.occurredAt = readDate(*evn, 6, 1, errors, "EVN-6");
}

void readPid(const Segment &pid, PamEvent &event, QList<domain::Error> &errors)
{
    const QString seg = QStringLiteral("PID");
    // PID-3: identifiers.
    const int ids = pid.repetitionCount(3);
    if (ids == 0)
        add(errors, errc::MissingRequiredField, Tr::tr("Identifiants du patient (PID-3) absents."), at(seg, 3));
    for (int r = 1; r <= ids; ++r) {
        PatientIdentifier id = readCx(pid, 3, r);
        if (id.id.isEmpty() && !id.deletion) {
            add(errors, errc::MissingRequiredField, Tr::tr("Identifiant vide dans PID-3 (répétition %1).").arg(r),
                at(seg, 3, r, 1));
            continue;
        }
        if (id.typeCode.isEmpty()) {
            add(errors, errc::MissingRequiredField, Tr::tr("Type d'identifiant (CX-5) absent dans PID-3 (répétition %1).").arg(r),
                at(seg, 3, r, 5));
            continue;
        }
        if (id.typeCode == u"INS-C") {
            event.warnings << Tr::tr("INS-C (ancien INS calculé) ignoré.");
            continue;
        }
        if (!id.isIns()) {
            if (id.deletion) {
                event.warnings << Tr::tr("Suppression d'identifiant %1 ignorée (seul l'INS peut être supprimé ainsi).").arg(id.typeCode);
                continue;
            }
            if (id.typeCode == u"PI" && event.ipp.id.isEmpty())
                event.ipp = id;
            event.identifiers << id;
            continue;
        }
        if (!domain::insKindFromOid(id.authority.universalId)) {
            add(errors, errc::BadTableValue,
                Tr::tr("Autorité d'affectation de l'INS inconnue « %1 » (OID 1.2.250.1.213.1.4.8, .9, .10 ou .11 attendu).")
                    .arg(id.authority.universalId),
                at(seg, 3, r, 4));
            continue;
        }
        if (!id.deletion) {
            if (const QString why = insValueProblem(id.id); !why.isEmpty()) {
                add(errors, errc::BadDataType, Tr::tr("INS invalide dans PID-3 : %1.").arg(why), at(seg, 3, r, 1));
                continue;
            }
        }
        event.insIdentifiers << id;
    }
    if (ids > 0 && event.ipp.id.isEmpty())
        add(errors, errc::MissingRequiredField, Tr::tr("Aucun IPP (identifiant de type PI) dans PID-3."), at(seg, 3));

    // PID-5: names.
    static const QSet<QString> nameTypes = codes({u"L", u"D", u"S", u"U", u"A", u"B", u"C", u"I", u"M", u"N", u"P", u"R", u"T"});
    const int names = pid.repetitionCount(5);
    for (int r = 1; r <= names; ++r) {
        PersonName n;
        n.familyDeleted = pid.raw(5, r, 1) == u"\"\"";
        n.family = n.familyDeleted ? QString() : pid.value(5, r, 1, 1);
        n.given = pid.value(5, r, 2);
        n.birthGivenNames = pid.value(5, r, 3);
        n.prefix = pid.value(5, r, 5);
        n.type = pid.value(5, r, 7);
        if (n.family.isEmpty() && !n.familyDeleted && n.given.isEmpty())
            continue;
        if (n.type.isEmpty() && names == 1) {
            n.type = QStringLiteral("L");
            event.warnings << Tr::tr("Type de nom (XPN-7) absent : nom de naissance (L) supposé.");
        } else if (!nameTypes.contains(n.type)) {
            add(errors, errc::BadTableValue, Tr::tr("Type de nom « %1 » inconnu (table 0200).").arg(n.type), at(seg, 5, r, 7));
            continue;
        }
        if (n.type == u"L" && n.family.isEmpty()) {
            add(errors, errc::MissingRequiredField, Tr::tr("Nom de naissance vide dans PID-5."), at(seg, 5, r, 1));
            continue;
        }
        event.names << n;
    }
    if (names == 0)
        add(errors, errc::MissingRequiredField, Tr::tr("Nom du patient (PID-5) absent."), at(seg, 5));
    else if (!event.name(u"L"))
        add(errors, errc::MissingRequiredField, Tr::tr("Nom de naissance (PID-5 de type L) absent."), at(seg, 5));

    // PID-7, PID-8.
    event.birthDate = readDate(pid, 7, 1, errors, "PID-7");
    if (const QString sex = pid.value(8); !sex.isEmpty()) {
        if (sex == u"F" || sex == u"M" || sex == u"U")
            event.sex = domain::sexFromCode(sex);
        else
            add(errors, errc::BadTableValue, Tr::tr("Sexe « %1 » non admis (F, M ou U).").arg(sex), at(seg, 8));
    }

    // PID-11: birth place (BDL).
    for (int r = 1; r <= pid.repetitionCount(11); ++r) {
        if (pid.value(11, r, 7) != u"BDL")
            continue;
        BirthPlace place;
        place.cog = pid.value(11, r, 9);
        place.city = pid.value(11, r, 3);
        place.postalCode = pid.value(11, r, 5);
        place.country = pid.value(11, r, 6);
        if (!place.cog.isEmpty() && !isCogCode(place.cog)) {
            add(errors, errc::BadDataType,
                Tr::tr("Code INSEE du lieu de naissance invalide « %1 » (5 caractères, 2A/2B admis).").arg(place.cog),
                at(seg, 11, r, 9));
            continue;
        }
        event.birthPlace = place;
        break;
    }
    event.birthPlaceText = pid.value(23);
    event.deathAt = readDate(pid, 29, 1, errors, "PID-29");
    event.deathIndicator = pid.value(30);

    // PID-32: identity reliability (table 0445 FR).
    static const QSet<QString> statuses = codes({u"VIDE", u"PROV", u"VALI", u"DOUB", u"DESA", u"DPOT", u"DOUA",
                                                 u"COLP", u"COLV", u"FILI", u"CACH", u"ANOM", u"IDVER", u"RECD",
                                                 u"IDRA", u"USUR", u"HOMD", u"INVA"});
    static const QSet<QString> attributes = codes({u"HOMA", u"FICT", u"DOUT"});
    const QString status = pid.value(32, 1);
    if (status.isEmpty()) {
        add(errors, errc::MissingRequiredField, Tr::tr("Statut de l'identité (PID-32) absent."), at(seg, 32));
    } else if (status == u"QUAL" || status == u"RECUP") {
        event.identityReliability = status;
        event.warnings << Tr::tr("PID-32 « %1 » hors table 0445 PAM France, toléré.").arg(status);
    } else if (!statuses.contains(status)) {
        add(errors, errc::BadTableValue, Tr::tr("Statut de l'identité « %1 » inconnu (table 0445).").arg(status), at(seg, 32, 1));
    } else {
        event.identityReliability = status;
    }
    for (int r = 2; r <= pid.repetitionCount(32); ++r) {
        const QString attr = pid.value(32, r);
        if (attributes.contains(attr) || statuses.contains(attr))
            event.identityAttributes << attr;
        else if (!attr.isEmpty())
            event.warnings << Tr::tr("Attribut d'identité « %1 » inconnu, ignoré.").arg(attr);
    }

    // Fields PAM France forbids: tolerated, reported.
    for (int f : {2, 4, 9, 10, 12, 17, 19, 20, 22, 28}) {
        if (!pid.rawField(f).isEmpty())
            event.warnings << Tr::tr("PID-%1 est interdit par PAM France : ignoré.").arg(f);
    }
}

void readZfd(const Segment &zfd, PamEvent &event, QList<domain::Error> &errors)
{
    static const QSet<QString> modes = codes({u"SM", u"CV", u"INSI", u"CB", u"RFID"});
    static const QSet<QString> documents = codes({u"AN", u"CC", u"CE", u"CM", u"CN", u"CS", u"LE", u"PA",
                                                  u"PC", u"TC", u"AV", u"DC", u"AC", u"IE"});
    ZfdData &z = event.zfd;
    z.present = true;
    z.lunarDate = zfd.value(1);
    z.gestationWeeks = zfd.value(2);
    z.smsConsent = zfd.value(3);
    const QString corrected = zfd.value(4);
    if (!corrected.isEmpty() && corrected != u"Y" && corrected != u"N")
        add(errors, errc::BadTableValue, Tr::tr("ZFD-4 doit valoir Y ou N, reçu « %1 ».").arg(corrected), at(QStringLiteral("ZFD"), 4));
    z.birthDateCorrected = corrected == u"Y";
    z.collectionMode = zfd.value(5);
    if (!z.collectionMode.isEmpty() && !modes.contains(z.collectionMode))
        add(errors, errc::BadTableValue, Tr::tr("Mode de recueil ZFD-5 « %1 » inconnu.").arg(z.collectionMode),
            at(QStringLiteral("ZFD"), 5));
    z.insiQueryDate = readDate(zfd, 6, 1, errors, "ZFD-6");
    z.identityDocument = zfd.value(7);
    if (!z.identityDocument.isEmpty() && !documents.contains(z.identityDocument))
        add(errors, errc::BadTableValue, Tr::tr("Type de justificatif ZFD-7 « %1 » inconnu.").arg(z.identityDocument),
            at(QStringLiteral("ZFD"), 7));
    z.documentExpiry = readDate(zfd, 8, 1, errors, "ZFD-8");
}

void readMrg(const Segment &mrg, PamEvent &event, QList<domain::Error> &errors)
{
    const int count = mrg.repetitionCount(1);
    if (count == 0)
        add(errors, errc::MissingRequiredField, Tr::tr("Identifiant à fusionner ou à remplacer (MRG-1) absent."),
            at(QStringLiteral("MRG"), 1));
    for (int r = 1; r <= count; ++r) {
        PatientIdentifier id = readCx(mrg, 1, r);
        if (id.id.isEmpty()) {
            add(errors, errc::MissingRequiredField, Tr::tr("Identifiant vide dans MRG-1 (répétition %1).").arg(r),
                at(QStringLiteral("MRG"), 1, r, 1));
            continue;
        }
        if (id.typeCode.isEmpty()) {
            add(errors, errc::MissingRequiredField, Tr::tr("Type d'identifiant (CX-5) absent dans MRG-1."),
                at(QStringLiteral("MRG"), 1, r, 5));
            continue;
        }
        event.priorIdentifiers << id;
    }
}

void readEncounter(const Message &message, const Segment &pv1, PamEvent &event,
                   QList<domain::Error> &errors)
{
    static const QSet<QString> classes = codes({u"E", u"I", u"N", u"O", u"R", u"V", u"P", u"U"});
    const QString seg = QStringLiteral("PV1");
    PamEncounter enc;
    enc.patientClass = pv1.value(2);
    if (enc.patientClass.isEmpty())
        add(errors, errc::MissingRequiredField, Tr::tr("Classe du patient (PV1-2) absente."), at(seg, 2));
    else if (!classes.contains(enc.patientClass))
        add(errors, errc::BadTableValue, Tr::tr("Classe du patient « %1 » inconnue (PV1-2).").arg(enc.patientClass), at(seg, 2));
    enc.pointOfCare = pv1.value(3, 1, 1);
    enc.facility = pv1.value(3, 1, 4, 1);
    if (pv1.repetitionCount(19) > 0 && !pv1.value(19, 1, 1).isEmpty())
        enc.visitNumber = readCx(pv1, 19, 1);
    else if (event.action == PamAction::Movement
             && (enc.patientClass == u"E" || enc.patientClass == u"I" || enc.patientClass == u"O"
                 || enc.patientClass == u"R"))
        add(errors, errc::MissingRequiredField, Tr::tr("Numéro de venue (PV1-19) absent."), at(seg, 19));
    enc.admitAt = readDate(pv1, 44, 1, errors, "PV1-44");
    enc.dischargeAt = readDate(pv1, 45, 1, errors, "PV1-45");
    if (const Segment *zbe = message.segment(u"ZBE")) {
        enc.movementId = zbe->value(1, 1, 1);
        enc.movementAt = readDate(*zbe, 2, 1, errors, "ZBE-2");
        enc.movementAction = zbe->value(4);
        if (enc.movementAction.isEmpty())
            event.warnings << Tr::tr("Action du mouvement (ZBE-4) absente.");
        else if (enc.movementAction != u"INSERT" && enc.movementAction != u"UPDATE" && enc.movementAction != u"CANCEL")
            add(errors, errc::BadTableValue, Tr::tr("Action du mouvement « %1 » inconnue (INSERT, UPDATE ou CANCEL).").arg(enc.movementAction),
                at(QStringLiteral("ZBE"), 4));
    }
    if (const Segment *zfa = message.segment(u"ZFA")) {
        enc.dmpStatus = zfa->value(1);
        enc.dmpFeedingOpposition = zfa->value(9);
    }
    event.encounter = enc;
}

void applyInsRules(PamEvent &event, QList<domain::Error> &errors)
{
    const PatientIdentifier *chosen = nullptr;
    for (const PatientIdentifier &id : event.insIdentifiers) {
        if (id.deletion) {
            event.insDeletion = true;
            continue;
        }
        if (!chosen || (isNia(*chosen) && !isNia(id)))
            chosen = &id; // rule 3: a NIR wins over a NIA
        else if (!isNia(id) && id.id != chosen->id)
            event.warnings << Tr::tr("Plusieurs INS reçus : seul le premier NIR est retenu.");
    }
    if (!chosen)
        return;
    const QString &status = event.identityReliability;
    if (status != u"VALI" && status != u"QUAL") {
        event.insDroppedReason = Tr::tr("INS reçu avec un statut d'identité « %1 » (VALI requis) : non retenu.").arg(status);
        event.warnings << event.insDroppedReason;
        return;
    }
    if (event.zfd.birthDateCorrected) {
        event.insDroppedReason = Tr::tr("Date de naissance corrigée (ZFD-4 = Y) : INS non retenu.");
        event.warnings << event.insDroppedReason;
        return;
    }
    // Rule 7: a qualified INS comes with its strict traits.
    const QString seg = QStringLiteral("PID");
    if (!event.birthDate || event.birthDate->precision < DateTime::Precision::Day)
        add(errors, errc::MissingRequiredField, Tr::tr("Date de naissance complète (PID-7) obligatoire avec un INS qualifié."), at(seg, 7));
    if (!event.sex)
        add(errors, errc::MissingRequiredField, Tr::tr("Sexe (PID-8) obligatoire avec un INS qualifié."), at(seg, 8));
    const PersonName *birth = event.name(u"L");
    if (birth && birth->given.isEmpty())
        add(errors, errc::MissingRequiredField, Tr::tr("Premier prénom de naissance (PID-5.2) obligatoire avec un INS qualifié."),
            at(seg, 5, 1, 2));
    if (!event.birthPlace || event.birthPlace->cog.isEmpty())
        event.warnings << Tr::tr("Lieu de naissance (PID-11 BDL, code INSEE) absent pour un INS qualifié.");
    event.ins.matricule = chosen->id.left(13);
    event.ins.key = chosen->id.right(2);
    event.ins.oid = chosen->authority.universalId;
}

} // namespace sgl::interop::hl7v2::pam
