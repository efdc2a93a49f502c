#!/usr/bin/env python3
"""Adds Spotless and Checkstyle to the root pom.xml (idempotent: a second run changes nothing).

Text edits, not an XML rewrite, so the pom keeps its layout and comments. Each block is inserted
only when its marker (the property name or the plugin's artifactId) is absent.
"""
import re
import sys

PROPS = [
    ("spotless.version", "3.11.0"),
    ("palantir-java-format.version", "2.103.0"),
    ("checkstyle-plugin.version", "3.6.0"),
    ("checkstyle.version", "12.3.1"),
]

BEGIN = "      <!-- code-style:begin (tools/style/pom_patch.py writes this block) -->\n"
END = "      <!-- code-style:end -->\n"
OLD_START = "<!-- Code style (CONTRIBUTING.md"
PLUGINS = BEGIN + """      <!-- Code style (CONTRIBUTING.md "Code style"): `mvn spotless:apply` formats; `mvn verify` fails on
           an unformatted file (spotless:check) or a Checkstyle violation (config/checkstyle/checkstyle.xml). -->
      <plugin>
        <groupId>com.diffplug.spotless</groupId>
        <artifactId>spotless-maven-plugin</artifactId>
        <version>${spotless.version}</version>
        <configuration>
          <java>
            <includes>
              <include>src/main/java/**/*.java</include>
              <include>src/test/java/**/*.java</include>
            </includes>
            <excludes>
              <!-- test inputs whose layout is the data: the decoder's tests assert the source line of each construct -->
              <exclude>src/test/java/**/fixtures/**</exclude>
              <!-- exports and services are grouped by hand; the formatter would put one module name a line -->
              <exclude>src/main/java/module-info.java</exclude>
            </excludes>
            <!-- left as written: `// spotless:off` ... `// spotless:on`, and the README's sample regions
                 (`// tag::x[]` ... `// end::x[]`), whose hand alignment is what the README shows -->
            <toggleOffOn><regex>(?s)(?://\\s*spotless:off|//\\s*tag::[\\w-]+\\[\\])(.*?)(?://\\s*spotless:on|//\\s*end::[\\w-]+\\[\\])</regex></toggleOffOn>
            <removeUnusedImports/>
            <palantirJavaFormat>
              <version>${palantir-java-format.version}</version>
              <formatJavadoc>false</formatJavadoc>
            </palantirJavaFormat>
          </java>
        </configuration>
        <executions>
          <execution><id>spotless-check</id><phase>verify</phase><goals><goal>check</goal></goals></execution>
        </executions>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-checkstyle-plugin</artifactId>
        <version>${checkstyle-plugin.version}</version>
        <dependencies>
          <dependency><groupId>com.puppycrawl.tools</groupId><artifactId>checkstyle</artifactId><version>${checkstyle.version}</version></dependency>
        </dependencies>
        <configuration>
          <!-- .mvn/ marks the root, so this resolves from any module directory too -->
          <configLocation>${maven.multiModuleProjectDirectory}/config/checkstyle/checkstyle.xml</configLocation>
          <sourceDirectories><sourceDirectory>${project.build.sourceDirectory}</sourceDirectory></sourceDirectories>
          <testSourceDirectories><testSourceDirectory>${project.build.testSourceDirectory}</testSourceDirectory></testSourceDirectories>
          <includeTestSourceDirectory>true</includeTestSourceDirectory>
          <consoleOutput>true</consoleOutput>
          <failOnViolation>true</failOnViolation>
          <violationSeverity>warning</violationSeverity>
          <linkXRef>false</linkXRef>
        </configuration>
        <executions>
          <execution><id>checkstyle-check</id><phase>verify</phase><goals><goal>check</goal></goals></execution>
        </executions>
      </plugin>
""" + END


def main(path):
    with open(path, encoding="utf-8") as f:
        pom = f.read()
    original = pom

    for name, version in PROPS:
        if f"<{name}>" not in pom:
            pom, n = re.subn(r"(\n([ \t]*)</properties>)",
                             lambda m: f"\n{m.group(2)}  <{name}>{version}</{name}>" + m.group(1), pom, count=1)
            if n != 1:
                sys.exit(f"{path}: no </properties> to add {name} to")

    if BEGIN in pom and END in pom:
        # written by an earlier run: bring it to this version
        a = pom.index(BEGIN)
        b = pom.index(END, a) + len(END)
        pom = pom[:a] + PLUGINS + pom[b:]
    elif OLD_START in pom and "<artifactId>maven-checkstyle-plugin</artifactId>" in pom:
        # written by a first version without the markers: from its comment to the Checkstyle </plugin>
        a = pom.rfind("\n", 0, pom.index(OLD_START)) + 1
        c = pom.index("<artifactId>maven-checkstyle-plugin</artifactId>", a)
        b = pom.index("</plugin>\n", c) + len("</plugin>\n")
        pom = pom[:a] + PLUGINS + pom[b:]
    elif "<artifactId>spotless-maven-plugin</artifactId>" not in pom:
        # the <build><plugins> section, after <pluginManagement> (the last <plugins> opening tag of <build>)
        build = pom.find("<build>")
        if build < 0:
            sys.exit(f"{path}: no <build> section")
        pm_end = pom.find("</pluginManagement>", build)
        start = pom.find("<plugins>", pm_end if pm_end >= 0 else build)
        if start < 0:
            sys.exit(f"{path}: no <build><plugins> section")
        end = pom.find("</plugins>", start)
        line_start = pom.rfind("\n", 0, end) + 1
        pom = pom[:line_start] + PLUGINS + pom[line_start:]

    if pom != original:
        with open(path, "w", encoding="utf-8") as f:
            f.write(pom)
        print(f"pom_patch: updated {path}")
    else:
        print(f"pom_patch: {path} already has Spotless and Checkstyle")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "pom.xml")
