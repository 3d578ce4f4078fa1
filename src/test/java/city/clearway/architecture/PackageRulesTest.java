package city.clearway.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of the layout (README, "Layout"): features depend on one another without cycles, {@code common}
 * knows no feature, the audit log knows nothing but {@code common}, pure rules stay free of the framework, and the office
 * pages reach data only through services. {@code monitoring} only listens: no feature knows it is measured.
 */
@AnalyzeClasses(packages = "city.clearway", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    private static final String[] FEATURES = {"city.clearway.violation..", "city.clearway.impound..", "city.clearway.fee..",
            "city.clearway.appeal..", "city.clearway.complaint..", "city.clearway.audit..", "city.clearway.report..",
            "city.clearway.reference..", "city.clearway.security..", "city.clearway.plate..", "city.clearway.lookup..",
            "city.clearway.demo..", "city.clearway.web..", "city.clearway.monitoring.."};

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("city.clearway.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commonKnowsNoFeature = noClasses().that().resideInAPackage("city.clearway.common..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule auditIsToldWhoActed = classes().that().resideInAPackage("city.clearway.audit..")
            .should().onlyDependOnClassesThat(resideOutsideTheFeaturesOr("city.clearway.audit..", "city.clearway.common.."));

    @ArchTest
    static final ArchRule nothingKnowsItIsMeasured = noClasses().that().resideOutsideOfPackage("city.clearway.monitoring..")
            .should().dependOnClassesThat().resideInAPackage("city.clearway.monitoring..");

    @ArchTest
    static final ArchRule pureRulesAreFreeOfTheFramework = classes()
            .that().haveFullyQualifiedName("city.clearway.fee.FeeCalculator")
            .or().haveFullyQualifiedName("city.clearway.plate.PlateNormaliser")
            .or().haveFullyQualifiedName("city.clearway.plate.Plate")
            .or().haveFullyQualifiedName("city.clearway.violation.ViolationStatus")
            .or().haveFullyQualifiedName("city.clearway.impound.ImpoundStatus")
            .or().haveFullyQualifiedName("city.clearway.impound.NationalId")
            .or().haveFullyQualifiedName("city.clearway.audit.HashChain")
            .or().haveFullyQualifiedName("city.clearway.violation.ImageSniffer")
            .or().haveFullyQualifiedName("city.clearway.security.PasswordPolicy")
            .or().haveFullyQualifiedName("city.clearway.web.JalaliDate")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("jakarta..", "io.quarkus..", "org.hibernate..", "io.vertx..");

    @ArchTest
    static final ArchRule officePagesGoThroughServices = noClasses().that().resideInAPackage("city.clearway.web..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule resourcesGoThroughServices = noClasses().that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");

    /** Classes of the listed packages of Clearway, or of no package of Clearway at all (the JDK, libraries). */
    private static DescribedPredicate<JavaClass> resideOutsideTheFeaturesOr(String... allowed) {
        return DescribedPredicate.describe("reside in " + String.join(", ", allowed) + " or outside Clearway",
                type -> !type.getPackageName().startsWith("city.clearway.")
                        || Arrays.stream(allowed).anyMatch(pattern -> type.getPackageName().startsWith(pattern.replace("..", ""))));
    }
}
