#include "domain/lab/TubeLabel.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;

namespace {

TubeLabel claire()
{
    TubeLabel t;
    t.birthName = u"DURAND"_s;
    t.firstName = u"Claire"_s;
    t.birthDate = u"1985-03-12"_s;
    t.sex = Sex::Female;
    t.dossierNumber = u"D2026-000123"_s;
    t.barcode = u"T26000123K"_s;
    t.containerLabel = u"Tube sec"_s;
    t.containerCode = u"SEC"_s;
    t.specimenType = u"Sérum"_s;
    return t;
}

} // namespace

TEST(TubeLabel, IdentityTexts)
{
    TubeLabel t = claire();
    EXPECT_EQ(t.patientNameText(), u"DURAND Claire"_s);
    EXPECT_EQ(t.usedNameText(), QString()); // no used name
    t.usedName = u"Durand"_s;
    EXPECT_EQ(t.usedNameText(), QString()); // same as the birth name: nothing to add
    t.usedName = u"MARTIN"_s;
    EXPECT_EQ(t.usedNameText(), u"Nom utilisé : MARTIN"_s);
    EXPECT_EQ(t.text(LabelField::UsedName), u"Nom utilisé : MARTIN"_s);
    t.firstName.clear();
    EXPECT_EQ(t.patientNameText(), u"DURAND"_s);
}

TEST(TubeLabel, BirthDateKeepsPartialParts)
{
    TubeLabel t = claire();
    EXPECT_EQ(t.birthDateText(), u"12/03/1985"_s);
    t.birthDate = u"1975-00-00"_s; // INSi partial date
    EXPECT_EQ(t.birthDateText(), u"00/00/1975"_s);
    t.birthDate = u"1975-06-00"_s;
    EXPECT_EQ(t.birthDateText(), u"00/06/1975"_s);
    t.birthDate.clear();
    EXPECT_EQ(t.birthDateText(), QString());
    t.birthDate = u"12/03/1985"_s; // not the raw form: nothing rather than a guess
    EXPECT_EQ(t.birthDateText(), QString());
}

TEST(TubeLabel, SexLetters)
{
    TubeLabel t = claire();
    EXPECT_EQ(t.sexText(), u"F"_s);
    t.sex = Sex::Male;
    EXPECT_EQ(t.sexText(), u"M"_s);
    t.sex = Sex::Unknown;
    EXPECT_EQ(t.sexText(), u"I"_s);
}

TEST(TubeLabel, ContainerSamplingPriorityCopy)
{
    TubeLabel t = claire();
    EXPECT_EQ(t.containerText(), u"Tube sec (SEC)"_s);
    t.containerCode.clear();
    EXPECT_EQ(t.containerText(), u"Tube sec"_s);
    t.containerLabel.clear();
    t.containerCode = u"SEC"_s;
    EXPECT_EQ(t.containerText(), u"SEC"_s);

    EXPECT_EQ(t.samplingText(), QString());
    t.sampledAt = QDateTime(QDate(2026, 3, 12), QTime(8, 5), Qt::LocalTime);
    EXPECT_EQ(t.samplingText(), u"Prél. 12/03/2026 08:05"_s);

    EXPECT_EQ(t.priorityText(), QString());
    t.priority = TubeLabel::Priority::Urgent;
    EXPECT_EQ(t.priorityText(), u"URGENT"_s);
    t.priority = TubeLabel::Priority::Vital;
    EXPECT_EQ(t.priorityText(), u"VITAL"_s);

    t.copyIndex = 2;
    t.copyCount = 3;
    EXPECT_EQ(t.copyText(), u"2/3"_s);
    EXPECT_EQ(t.text(LabelField::CopyIndex), u"2/3"_s);
    EXPECT_EQ(t.text(LabelField::BarcodeText), u"T26000123K"_s);
    EXPECT_EQ(t.text(LabelField::SpecimenType), u"Sérum"_s);
    EXPECT_EQ(t.text(LabelField::DossierNumber), u"D2026-000123"_s);
    // Several fields on one line: joined by a space, empty ones left out.
    EXPECT_EQ(t.text(QList<LabelField>{LabelField::BirthDate, LabelField::Sex}), u"12/03/1985 F"_s);
    t.birthDate.clear();
    EXPECT_EQ(t.text(QList<LabelField>{LabelField::BirthDate, LabelField::Sex}), u"F"_s);
}

TEST(LabelField, KeysRoundTrip)
{
    const auto fields = allLabelFields();
    EXPECT_EQ(fields.size(), 11);
    for (LabelField f : fields)
        EXPECT_EQ(labelFieldFromKey(QString(labelFieldKey(f))), f);
    EXPECT_EQ(labelFieldKey(LabelField::PatientName), "patientName"_L1);
    EXPECT_EQ(labelFieldKey(LabelField::SamplingTime), "samplingTime"_L1);
    EXPECT_FALSE(labelFieldFromKey(u"name"));
}
