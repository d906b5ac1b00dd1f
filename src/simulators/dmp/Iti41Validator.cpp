#include "simulators/dmp/Iti41Validator.h"

#include "simulators/dmp/DmpSoap.h"
#include "simulators/dmp/Tr.h"
#include "simulators/dmp/XdsValues.h"

#include <QCryptographicHash>
#include <QSet>

namespace sgl::simulators::dmp {

namespace {

const QString kSignatureClass = QStringLiteral("urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1");
const QString kMaskedPs = QStringLiteral("MASQUE_PS");
const QString kInvisiblePatient = QStringLiteral("INVISIBLE_PATIENT");

QString where(const EbObject &o)
{
    const char *tag = o.kind == EbObject::Kind::Package       ? "RegistryPackage"
                      : o.kind == EbObject::Kind::Association ? "Association"
                                                              : "ExtrinsicObject";
    return QStringLiteral("%1[@id='%2'] (ligne %3)").arg(QString::fromLatin1(tag), o.id).arg(o.line);
}

/** "code^label^system" (authorSpecialty). */
QPair<QString, QString> codeAndSystem(const QString &ce)
{
    const QStringList c = ce.split(QLatin1Char('^'));
    return {c.value(0), c.value(2)};
}

QString sha1Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

/** The uniqueId root must be an OID ("root" or "root^extension"). */
QString uniqueIdRoot(const QString &uid)
{
    return uid.section(QLatin1Char('^'), 0, 0);
}

} // namespace

Iti41Validator::Iti41Validator(const DmpSimulatorConfig &config, const DmpValueSets &valueSets,
                               const DmpRegistry &registry, DmpSignatureVerifier &verifier)
    : m_config(config), m_valueSets(valueSets), m_registry(registry), m_verifier(verifier)
{
}

Iti41Outcome Iti41Validator::validate(const EbObjectList &objects, const QHash<QString, QByteArray> &documents,
                                      const QString &vihfIns) const
{
    Iti41Outcome out;
    const auto add = [&out](QLatin1StringView code, const QString &context, const QString &location) {
        out.errors << RegistryError{QString(code), context, location};
    };
    const auto addMeta = [&add](const QString &context, const QString &location) {
        add(xdserr::kRegistryMetadata, context, location);
    };

    // --- Submission set ---
    if (objects.packages.size() != 1) {
        addMeta(Tr::tr("Un lot de soumission (RegistryPackage) et un seul attendu : %1 trouvé(s).").arg(objects.packages.size()),
                QStringLiteral("RegistryObjectList"));
        return out;
    }
    const EbObject &ss = objects.packages.first();
    bool classified = false;
    for (const EbClassification &c : ss.classifications + objects.classifications)
        classified = classified || c.node == ebxml::kSetNode;
    if (!classified)
        addMeta(Tr::tr("Le RegistryPackage n'est pas classé comme lot de soumission (%1).").arg(QString(ebxml::kSetNode)), where(ss));
    if (!ss.hasSlot(QStringLiteral("submissionTime")))
        addMeta(Tr::tr("submissionTime absent du lot de soumission."), where(ss));
    else if (auto why = xdsvalues::checkUtcTime(ss.slot(QStringLiteral("submissionTime"))))
        addMeta(Tr::tr("submissionTime : %1").arg(*why), where(ss));

    const auto checkAuthors = [&](const EbObject &o, QLatin1StringView scheme) {
        const QList<EbClassification> authors = o.classified(scheme);
        if (authors.isEmpty())
            addMeta(Tr::tr("Auteur absent."), where(o));
        for (const EbClassification &a : authors) {
            const QStringList persons = a.slotValues(QStringLiteral("authorPerson"));
            if (persons.isEmpty())
                addMeta(Tr::tr("authorPerson absent de l'auteur %1.").arg(a.id), where(o));
            for (const QString &p : persons)
                if (auto why = xdsvalues::checkPersonName(p))
                    addMeta(Tr::tr("authorPerson : %1").arg(*why), where(o));
            for (const QString &s : a.slotValues(QStringLiteral("authorSpecialty"))) {
                const auto [code, system] = codeAndSystem(s);
                if (auto why = m_valueSets.check(DmpValueSets::Set::AuthorSpecialty, code, system))
                    addMeta(*why, where(o));
            }
        }
    };
    checkAuthors(ss, ebxml::kSetAuthor);
    const QList<EbClassification> contentTypes = ss.classified(ebxml::kSetContentType);
    if (contentTypes.size() != 1)
        addMeta(Tr::tr("contentTypeCode : un et un seul attendu, %1 trouvé(s).").arg(contentTypes.size()), where(ss));
    else if (auto why = m_valueSets.check(DmpValueSets::Set::ContentType, contentTypes.first().code,
                                          contentTypes.first().codingScheme))
        addMeta(*why, where(ss));

    QString ins;
    if (auto why = xdsvalues::checkInsPatientId(ss.externalId(ebxml::kSetPatientId), m_config.acceptedInsOids, &ins))
        add(xdserr::kUnknownPatientId, Tr::tr("Lot de soumission, %1").arg(*why), where(ss));
    else if (!m_registry.patient(ins, m_config.openDmpForEveryIns).exists)
        add(xdserr::kUnknownPatientId, Tr::tr("Aucun DMP pour l'INS %1.").arg(ins), where(ss));
    if (!ins.isEmpty() && !vihfIns.isEmpty() && vihfIns != ins)
        add(xdserr::kPatientIdDoesNotMatch,
            Tr::tr("Le VIHF (resource-id) désigne l'INS %1, la soumission l'INS %2.").arg(vihfIns, ins), where(ss));
    if (auto why = xdsvalues::checkOid(ss.externalId(ebxml::kSetSourceId)))
        addMeta(Tr::tr("sourceId : %1").arg(*why), where(ss));
    out.submissionSetUniqueId = ss.externalId(ebxml::kSetUniqueId);
    if (auto why = xdsvalues::checkOid(out.submissionSetUniqueId))
        addMeta(Tr::tr("uniqueId du lot : %1").arg(*why), where(ss));
    else if (m_registry.hasSubmissionSet(out.submissionSetUniqueId))
        add(xdserr::kDuplicateUniqueIdInRegistry,
            Tr::tr("Le lot de soumission %1 a déjà été reçu.").arg(out.submissionSetUniqueId), where(ss));

    // --- Document entries ---
    QSet<QString> uniqueIds;
    QSet<QString> matchedDocuments;
    const EbObject *signatureEntry = nullptr;
    QByteArray signatureBytes;
    for (const EbObject &eo : objects.extrinsics) {
        const QString loc = where(eo);
        if (eo.objectType != ebxml::kStableDocument)
            addMeta(Tr::tr("objectType « %1 » : fiche de document stable attendue.").arg(eo.objectType), loc);
        if (eo.mimeType.isEmpty())
            addMeta(Tr::tr("mimeType absent."), loc);
        const QString uid = eo.externalId(ebxml::kDocUniqueId);
        if (auto why = xdsvalues::checkOid(uniqueIdRoot(uid)))
            addMeta(Tr::tr("uniqueId : %1").arg(*why), loc);
        else if (uniqueIds.contains(uid) || uid == out.submissionSetUniqueId)
            add(xdserr::kDuplicateUniqueIdInMessage, Tr::tr("uniqueId %1 présent deux fois dans la soumission.").arg(uid), loc);
        uniqueIds.insert(uid);

        QString docIns;
        if (auto why = xdsvalues::checkInsPatientId(eo.externalId(ebxml::kDocPatientId), m_config.acceptedInsOids, &docIns))
            add(xdserr::kUnknownPatientId, Tr::tr("Fiche de document, %1").arg(*why), loc);
        else if (!ins.isEmpty() && docIns != ins)
            add(xdserr::kPatientIdDoesNotMatch,
                Tr::tr("La fiche désigne l'INS %1, le lot de soumission l'INS %2.").arg(docIns, ins), loc);
        if (!eo.hasSlot(QStringLiteral("creationTime")))
            addMeta(Tr::tr("creationTime absent."), loc);
        for (const char *slot : {"creationTime", "serviceStartTime", "serviceStopTime"})
            if (eo.hasSlot(QString::fromLatin1(slot)))
                if (auto why = xdsvalues::checkUtcTime(eo.slot(QString::fromLatin1(slot))))
                    addMeta(QStringLiteral("%1 : %2").arg(QString::fromLatin1(slot), *why), loc);
        if (eo.slot(QStringLiteral("languageCode")).isEmpty())
            addMeta(Tr::tr("languageCode absent."), loc);
        for (const QString &p : eo.slotValues(QStringLiteral("legalAuthenticator")))
            if (auto why = xdsvalues::checkPersonName(p))
                addMeta(Tr::tr("legalAuthenticator : %1").arg(*why), loc);
        checkAuthors(eo, ebxml::kDocAuthor);

        const auto single = [&](QLatin1StringView scheme, DmpValueSets::Set set, const char *name) -> QString {
            const QList<EbClassification> list = eo.classified(scheme);
            if (list.size() != 1) {
                addMeta(Tr::tr("%1 : un et un seul attendu, %2 trouvé(s).").arg(QString::fromLatin1(name)).arg(list.size()), loc);
                return {};
            }
            if (auto why = m_valueSets.check(set, list.first().code, list.first().codingScheme))
                addMeta(*why, loc);
            return list.first().code;
        };
        const QString classCode = single(ebxml::kDocClassCode, DmpValueSets::Set::ClassCode, "classCode");
        const QString typeCode = single(ebxml::kDocTypeCode, DmpValueSets::Set::TypeCode, "typeCode");
        const QString formatCode = single(ebxml::kDocFormatCode, DmpValueSets::Set::FormatCode, "formatCode");
        single(ebxml::kDocFacilityType, DmpValueSets::Set::FacilityType, "healthcareFacilityTypeCode");
        single(ebxml::kDocPracticeSetting, DmpValueSets::Set::PracticeSetting, "practiceSettingCode");
        QStringList confidentiality;
        for (const EbClassification &c : eo.classified(ebxml::kDocConfidentiality)) {
            confidentiality << c.code;
            if (auto why = m_valueSets.check(DmpValueSets::Set::Confidentiality, c.code, c.codingScheme))
                addMeta(*why, loc);
        }
        if (confidentiality.isEmpty())
            addMeta(Tr::tr("confidentialityCode absent."), loc);

        // The Document part: by id, or by an id differing only by case (official TD2.1 example).
        QString docKey = documents.contains(eo.id) ? eo.id : QString();
        if (docKey.isEmpty()) {
            for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
                if (it.key().compare(eo.id, Qt::CaseInsensitive) == 0) {
                    docKey = it.key();
                    out.notes << Tr::tr("Document « %1 » rattaché à la fiche « %2 » (casse différente tolérée).").arg(docKey, eo.id);
                }
            }
        }
        QByteArray content;
        if (docKey.isEmpty()) {
            add(xdserr::kMissingDocument, Tr::tr("Aucun Document pour la fiche %1.").arg(eo.id), loc);
        } else {
            matchedDocuments.insert(docKey);
            content = documents.value(docKey);
            if (content.isEmpty())
                add(xdserr::kMissingDocument, Tr::tr("Document %1 vide.").arg(docKey), loc);
        }
        const QString hash = sha1Hex(content);
        if (eo.hasSlot(QStringLiteral("hash")) && eo.slot(QStringLiteral("hash")).compare(hash, Qt::CaseInsensitive) != 0)
            add(xdserr::kRepositoryMetadata,
                Tr::tr("hash %1 différent de l'empreinte SHA-1 du document reçu (%2).").arg(eo.slot(QStringLiteral("hash")), hash), loc);
        if (eo.hasSlot(QStringLiteral("size")) && eo.slot(QStringLiteral("size")) != QString::number(content.size()))
            add(xdserr::kRepositoryMetadata,
                Tr::tr("size %1 différente de la taille du document reçu (%2 octets).").arg(eo.slot(QStringLiteral("size"))).arg(content.size()), loc);

        if (const auto existing = m_registry.latestByUniqueId(uid)) {
            if (existing->hash == hash)
                add(xdserr::kDuplicateUniqueIdInRegistry, Tr::tr("Le document %1 est déjà dans le DMP (contenu identique).").arg(uid), loc);
            else
                add(xdserr::kNonIdenticalHash, Tr::tr("uniqueId %1 déjà utilisé par un document au contenu différent.").arg(uid), uid);
        }

        const bool isSignature = classCode == kSignatureClass;
        if (isSignature) {
            if (signatureEntry != nullptr)
                addMeta(Tr::tr("Une seule fiche de signature attendue."), loc);
            signatureEntry = &eo;
            signatureBytes = content;
            if (!confidentiality.contains(kMaskedPs) || !confidentiality.contains(kInvisiblePatient))
                addMeta(Tr::tr("La fiche de signature doit être masquée (MASQUE_PS et INVISIBLE_PATIENT)."), loc);
            if (formatCode != QLatin1StringView("http://www.w3.org/2000/09/xmldsig#"))
                addMeta(Tr::tr("formatCode de la signature : http://www.w3.org/2000/09/xmldsig# attendu."), loc);
            if (typeCode != QLatin1StringView("E1762"))
                addMeta(Tr::tr("typeCode de la signature : E1762 attendu."), loc);
        }
        DmpStoredEntry entry;
        entry.entryUuid = newUrnUuid();
        entry.lid = entry.entryUuid;
        entry.uniqueId = uid;
        entry.patientIns = docIns;
        entry.status = QString(ebxml::kApproved);
        entry.confidentiality = confidentiality;
        entry.signature = isSignature;
        entry.submissionSetUniqueId = out.submissionSetUniqueId;
        entry.content = content;
        entry.hash = hash;
        entry.size = content.size();
        entry.metadata = eo;
        entry.storedAt = QDateTime::currentDateTimeUtc();
        out.entries << entry;
    }
    if (objects.extrinsics.isEmpty())
        addMeta(Tr::tr("Aucune fiche de document dans la soumission."), where(ss));
    if (signatureEntry == nullptr)
        addMeta(Tr::tr("Fiche de signature du lot (classCode %1) absente.").arg(kSignatureClass), where(ss));
    for (auto it = documents.cbegin(); it != documents.cend(); ++it)
        if (!matchedDocuments.contains(it.key()))
            add(xdserr::kMissingDocumentMetadata, Tr::tr("Document %1 sans fiche de métadonnées.").arg(it.key()),
                QStringLiteral("Document[@id='%1']").arg(it.key()));

    // --- Associations ---
    const auto hasAssociation = [&](QLatin1StringView type, const QString &source, const QString &target) {
        for (const EbObject &a : objects.associations)
            if (a.associationType == type && a.sourceObject == source && a.targetObject == target)
                return &a;
        return static_cast<const EbObject *>(nullptr);
    };
    for (const EbObject &eo : objects.extrinsics) {
        const EbObject *member = hasAssociation(ebxml::kHasMember, ss.id, eo.id);
        if (member == nullptr)
            addMeta(Tr::tr("Association HasMember du lot vers %1 absente.").arg(eo.id), where(eo));
        else if (member->slot(QStringLiteral("SubmissionSetStatus")) != QLatin1StringView("Original"))
            addMeta(Tr::tr("HasMember vers %1 : SubmissionSetStatus=Original attendu.").arg(eo.id), where(*member));
    }
    if (signatureEntry != nullptr && hasAssociation(ebxml::kSigns, signatureEntry->id, ss.id) == nullptr)
        addMeta(Tr::tr("Association signs de la signature %1 vers le lot absente.").arg(signatureEntry->id), where(*signatureEntry));
    for (const EbObject &a : objects.associations) {
        if (a.associationType == ebxml::kHasMember || a.associationType == ebxml::kSigns)
            continue;
        if (a.associationType != ebxml::kRplc) {
            addMeta(Tr::tr("Type d'association non pris en charge : %1.").arg(a.associationType), where(a));
            continue;
        }
        qsizetype source = -1;
        for (qsizetype i = 0; i < objects.extrinsics.size(); ++i)
            if (objects.extrinsics[i].id == a.sourceObject)
                source = i;
        const auto target = m_registry.latestByUuid(a.targetObject);
        if (source < 0 || out.entries[source].signature) {
            addMeta(Tr::tr("RPLC : la source %1 n'est pas une fiche de document de la soumission.").arg(a.sourceObject), where(a));
        } else if (!target) {
            add(xdserr::kUnresolvedReference, Tr::tr("RPLC : la fiche %1 à remplacer est inconnue.").arg(a.targetObject), where(a));
        } else if (target->status != ebxml::kApproved) {
            addMeta(Tr::tr("RPLC : la fiche %1 n'est plus approuvée (statut %2) : déjà remplacée, archivée ou supprimée.")
                        .arg(a.targetObject, target->status), where(a));
        } else if (target->patientIns != ins) {
            add(xdserr::kPatientIdDoesNotMatch, Tr::tr("RPLC : la fiche %1 appartient à un autre patient.").arg(a.targetObject), where(a));
        } else {
            out.replacedUuids << target->entryUuid;
            out.entries[source].replaces = target->entryUuid;
        }
    }

    // --- XAdES signature of the submission set (Manifest checked against the documents by the verifier) ---
    if (signatureEntry != nullptr && !signatureBytes.isEmpty() && out.errors.isEmpty()) {
        QList<SubmittedDocument> signedDocuments;
        for (const DmpStoredEntry &e : out.entries)
            if (!e.signature)
                signedDocuments << SubmittedDocument{e.uniqueId, e.content};
        const auto findings = m_verifier.verifyXades(signatureBytes, signedDocuments);
        if (!findings)
            addMeta(Tr::tr("Signature XAdES refusée : %1 [%2]").arg(findings.error().message, findings.error().code),
                    where(*signatureEntry));
    }
    return out;
}

} // namespace sgl::simulators::dmp
