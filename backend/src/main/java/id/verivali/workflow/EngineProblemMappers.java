package id.verivali.workflow;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Jersey answers an exception with the mapper registered for its nearest type and, among mappers of equally near
 * types, with the one of the lowest priority number; a mapper without {@code @Priority} counts as
 * {@code Priorities.USER}. Camunda registers its own mappers, without a priority, for exactly these types, so each of
 * these wins over Camunda's for the same type and {@link EngineProblems} answers every error of the REST API.
 */
final class EngineProblemMappers {

    /** Ahead of Camunda's mappers, which carry no priority. */
    static final int PRIORITY = 1_000;

    private EngineProblemMappers() {}

    static List<ExceptionMapper<?>> all(EngineProblems problems) {
        return List.of(
                new AnyFailure(problems),
                new EngineFailure(problems),
                new RestFailure(problems),
                new UnreadableJson(problems),
                new UnmappableJson(problems));
    }

    abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {

        private final EngineProblems problems;

        /** A proxy to the request at hand, also when a long poll is answered from another thread. */
        @Context
        private HttpServletRequest request;

        Mapper(EngineProblems problems) {
            this.problems = problems;
        }

        @Override
        public Response toResponse(E failure) {
            return problems.answer(failure, request);
        }
    }

    /** Jersey's own refusals (no such path, method or content type) and whatever else no nearer mapper takes. */
    @Priority(PRIORITY)
    static final class AnyFailure extends Mapper<Throwable> {
        AnyFailure(EngineProblems problems) {
            super(problems);
        }
    }

    @Priority(PRIORITY)
    static final class EngineFailure extends Mapper<ProcessEngineException> {
        EngineFailure(EngineProblems problems) {
            super(problems);
        }
    }

    @Priority(PRIORITY)
    static final class RestFailure extends Mapper<RestException> {
        RestFailure(EngineProblems problems) {
            super(problems);
        }
    }

    @Priority(PRIORITY)
    static final class UnreadableJson extends Mapper<JsonParseException> {
        UnreadableJson(EngineProblems problems) {
            super(problems);
        }
    }

    @Priority(PRIORITY)
    static final class UnmappableJson extends Mapper<JsonMappingException> {
        UnmappableJson(EngineProblems problems) {
            super(problems);
        }
    }
}
