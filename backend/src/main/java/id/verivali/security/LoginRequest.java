package id.verivali.security;

import id.verivali.common.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record LoginRequest(
        @NotBlank(message = "{login.username.required}") @Size(max = 60, message = "{field.size.max}") @PlainText
        String username,

        @NotBlank(message = "{login.password.required}") @Size(max = 200, message = "{field.size.max}")
        String password) {}
