package io.github.docgen.plugin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.maven.RepositoryUtils;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.License;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DefaultProjectBuildingRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectBuildingException;
import org.apache.maven.project.ProjectBuildingRequest;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.engine.DependencySource;
import io.github.docgen.engine.ResolvedDependency;

/**
 * The project's dependencies as Maven resolves them, asked for only when a template uses
 * {@code dependencies} (so a build that does not pays nothing); licences from each dependency's
 * POM, built with its parents so an inherited licence counts.
 */
final class MavenDependencies implements DependencySource {
    private final MavenProject project;
    private final MavenSession session;
    private final ProjectDependenciesResolver resolver;
    private final ProjectBuilder projectBuilder;

    MavenDependencies(MavenProject project, MavenSession session, ProjectDependenciesResolver resolver, ProjectBuilder projectBuilder) {
        this.project = project;
        this.session = session;
        this.resolver = resolver;
        this.projectBuilder = projectBuilder;
    }

    @Override
    public List<ResolvedDependency> resolve(boolean licenses) throws DocgenException {
        DependencyResolutionResult result;
        try {
            result = resolver.resolve(new DefaultDependencyResolutionRequest(project, session.getRepositorySession()));
        } catch (DependencyResolutionException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile("pom.xml"), "DEPENDENCIES",
                    "cannot resolve the project's dependencies: " + e.getMessage()));
        }
        Set<Artifact> direct = new HashSet<>();
        if (result.getDependencyGraph() != null) {
            for (DependencyNode child : result.getDependencyGraph().getChildren()) {
                direct.add(child.getArtifact());
            }
        }
        List<ResolvedDependency> resolved = new ArrayList<>();
        for (Dependency dependency : result.getDependencies()) {
            Artifact a = dependency.getArtifact();
            resolved.add(new ResolvedDependency(a.getGroupId(), a.getArtifactId(), a.getBaseVersion(), a.getExtension(), a.getClassifier(),
                    dependency.getScope(), dependency.isOptional(), direct.contains(a), licenses ? licensesOf(a) : List.of()));
        }
        return resolved;
    }

    private List<ResolvedDependency.License> licensesOf(Artifact artifact) throws DocgenException {
        ProjectBuildingRequest request = new DefaultProjectBuildingRequest(session.getProjectBuildingRequest());
        request.setProject(null);
        request.setProcessPlugins(false);
        request.setResolveDependencies(false);
        request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL);
        request.setRemoteRepositories(project.getRemoteArtifactRepositories());
        try {
            MavenProject pom = projectBuilder.build(RepositoryUtils.toArtifact(artifact), true, request).getProject();
            List<ResolvedDependency.License> declared = new ArrayList<>();
            for (License license : pom.getLicenses()) {
                String name = license.getName() != null ? license.getName() : license.getUrl();
                if (name != null) {
                    declared.add(new ResolvedDependency.License(name.strip(), license.getUrl()));
                }
            }
            return declared;
        } catch (ProjectBuildingException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile("pom.xml"), "DEPENDENCIES",
                    "cannot read the licences of " + artifact + ": " + e.getMessage()));
        }
    }
}
