package dev.crosscheck.shared.error;

import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.failure.Violation;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The one status map: each kind of domain failure gets its own status, problem type and title. */
class ProblemMapperTest {

    @Test
    void everyKindHasItsOwnProblemTypeAndAnErrorStatus() {
        var mapped = Arrays.stream(DomainException.Kind.values()).map(ProblemMapper::mapped).toList();
        assertThat(mapped).allSatisfy(m -> assertThat(m.status()).isBetween(400, 599));
        Set<String> slugs = mapped.stream().map(m -> m.slug()).collect(Collectors.toSet());
        assertThat(slugs).hasSize(DomainException.Kind.values().length);
        assertThat(ProblemMapper.mapped(DomainException.Kind.NOT_FOUND).status()).isEqualTo(404);
        assertThat(ProblemMapper.mapped(DomainException.Kind.PRECONDITION_FAILED).status()).isEqualTo(412);
        assertThat(ProblemMapper.mapped(DomainException.Kind.UNAVAILABLE).status()).isEqualTo(503);
    }

    @Test
    void aFailureAboutOnePartNamesThePartAndPrefixesItsPointers() {
        DomainException e = DomainException.invalidInput("the claim is invalid", List.of(Violation.of("/value", "must not be null")))
                .within("/items/3", "item 3");
        Response r = new ProblemMapper(null).problem(e, null);
        Problem p = (Problem) r.getEntity();
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(p.type()).isEqualTo(ProblemMapper.TYPE_PREFIX + "bad-request");
        assertThat(p.detail()).isEqualTo("item 3: the claim is invalid");
        assertThat(p.errors()).extracting(Problem.ProblemError::pointer).containsExactly("/items/3/value");
    }
}
